import { pendingMigrations } from '@navimpact/schema';
import { seedDatabase } from '@navimpact/seeds';
import type { SeedHooks, SeedOptions, SeedReport } from '@navimpact/seeds';
import { CliError } from '../errors.ts';
import { withOrm } from './_connections.ts';

/**
 * Seeds a migrated, empty database. A database with pending migrations is refused here, by name;
 * seedDatabase itself refuses one that already has rows (SeedError NOT_EMPTY, pointing to `fresh`).
 */
export async function seedTarget(url: string, options: SeedOptions, hooks: SeedHooks = {}): Promise<SeedReport> {
  const pending = await withOrm(url, (orm) => pendingMigrations(orm));
  if (pending.length > 0) throw CliError.notMigrated(url, pending);
  return seedDatabase(url, options, hooks);
}
