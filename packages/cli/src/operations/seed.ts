import { readdir } from 'node:fs/promises';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE, pendingMigrations } from '@navimpact/schema';
import { withClient } from '@navimpact/server';
import { seedDatabase } from '@navimpact/seeds';
import type { SeedHooks, SeedOptions, SeedReport } from '@navimpact/seeds';
import { CliError } from '../errors.ts';
import { withOrm } from './_connections.ts';
import { keptEnvironment, recordDatabase } from './record.ts';

/**
 * Seeds a migrated, empty database and records how it was made. A database with pending
 * migrations is refused here, by name, without writing (the migrator would create its table just
 * to answer); seedDatabase itself refuses one that already has rows (SeedError NOT_EMPTY, pointing to `fresh`).
 */
export async function seedTarget(url: string, options: SeedOptions, hooks: SeedHooks = {}): Promise<SeedReport> {
  const pending = (await hasMigrationsTable(url)) ? await withOrm(url, (orm) => pendingMigrations(orm)) : await migrationsOnDisk();
  if (pending.length > 0) throw CliError.notMigrated(url, pending);
  const report = await seedDatabase(url, options, hooks);
  await recordDatabase(url, 'seed', await keptEnvironment(url));
  return report;
}

/** True when the database has the migrator's bookkeeping table; asking the migrator would create it. */
export async function hasMigrationsTable(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ found: boolean }>('select to_regclass($1) is not null as found', [MIGRATIONS_TABLE]);
    return rows[0]?.found === true;
  });
}

/** Every migration on disk, oldest first: what is pending on a database without the bookkeeping table. */
export async function migrationsOnDisk(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files.filter((f) => /^Migration.*\.ts$/.test(f) && !f.endsWith('.d.ts')).map((f) => f.slice(0, -'.ts'.length)).sort();
}
