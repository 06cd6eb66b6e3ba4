import { migrateDown, migrateUp } from '@navimpact/schema';
import { seedDatabase } from '@navimpact/seeds';
import type { SeedOptions, SeedReport } from '@navimpact/seeds';
import { formatCount, plural } from '../format.ts';
import { withOrm } from './_connections.ts';
import type { RebuildHooks } from './_progress.ts';
import { keptEnvironment, recordDatabase } from './record.ts';

/** What `reset` did: the migrations reverted and re-applied, and the seed report. */
export interface ResetReport {
  reverted: string[];
  applied: string[];
  seed: SeedReport;
  ms: number;
}

/**
 * Rolls back every migration, migrates up again and seeds, in place: the path that proves every
 * migration's down() undoes its up(). Unlike `fresh` it is not atomic as a whole: the seed is one
 * transaction, so a failed seed leaves the database migrated and empty, which `seed` then fills.
 */
export async function resetDatabase(url: string, options: SeedOptions, hooks: RebuildHooks = {}): Promise<ResetReport> {
  const startedAt = performance.now();
  const progress = hooks.onStep ?? (() => {});
  const { reverted, applied } = await withOrm(url, async (orm) => {
    const down = await migrateDown(orm, { all: true });
    progress(`rolled back ${plural(down.applied.length, 'migration')}`);
    const up = await migrateUp(orm);
    progress(`migrated (${plural(up.applied.length, 'migration')})`);
    return { reverted: down.applied, applied: up.applied };
  });
  // seedDatabase refuses tables with rows: a table the migrations do not own survives the rollback.
  const seed = await seedDatabase(url, options, hooks.seed);
  progress(`seeded ${formatCount(seed.totalRows)} rows (${seed.ms} ms)`);
  // The record is not part of the migrations, so the rollback kept it; it now says how the data came.
  await recordDatabase(url, 'reset', await keptEnvironment(url));
  return { reverted, applied, seed, ms: Math.round(performance.now() - startedAt) };
}
