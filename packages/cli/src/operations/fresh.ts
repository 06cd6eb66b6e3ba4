import pg from 'pg';
import { connectClient, databaseName, withDatabase } from '@navimpact/server';
import { seedDatabase } from '@navimpact/seeds';
import type { SeedOptions, SeedReport } from '@navimpact/seeds';
import { CliError } from '../errors.ts';
import { formatCount, formatServerVersion, plural } from '../format.ts';
import { createMigrated } from './_migrated-template.ts';
import type { RebuildHooks } from './_progress.ts';
import { keptEnvironment, recordDatabase } from './record.ts';
import { assertNotServerDatabase } from './_protected.ts';
import { markComplete, restoreUnderLock, swapInto, swapNames } from './_swap.ts';
import { waitForTurn } from './_turn.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

/** What `fresh` built: the migrations applied, the seed report, and the total time. */
export interface FreshReport {
  url: string;
  applied: string[];
  seed: SeedReport;
  ms: number;
}

/**
 * Rebuilds the database empty, migrated and seeded, without ever leaving it half-written or
 * missing: the new one is built under a temporary name, marked complete, and swapped in by one
 * transaction; on failure or cancellation (`hooks.signal`) the temporary database is dropped and
 * the old one is untouched. A swap left unfinished by an earlier run is put right first.
 */
export async function freshDatabase(url: string, options: SeedOptions, hooks: RebuildHooks = {}): Promise<FreshReport> {
  const startedAt = performance.now();
  const progress = hooks.onStep ?? (() => {});
  const database = databaseName(url);
  assertNotServerDatabase(url, 'fresh');
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  // Two `fresh` runs on one database (two terminals, two turbo tasks) take turns instead of
  // dropping each other's half-built copy; the lock ends with its session, also on a crash.
  // Connecting maps an unreachable server or a wrong password to a DbError. The same session
  // creates, drops and renames the databases.
  const admin = await connectClient(serverUrl);
  try {
    const { rows } = await admin.query<{ version: string }>("select current_setting('server_version_num') as version");
    progress(`server ready (PostgreSQL ${formatServerVersion(Number(rows[0]!.version))}, ${elapsed(startedAt)} ms)`);
    await waitForTurn(admin, database, 'fresh', hooks.signal);
    await hooks.beforeWrite?.();
    const restored = await restoreUnderLock(admin, database);
    if (restored) progress(restored);
    const { applied, seed } = await buildAndSwap(admin, url, database, options, hooks);
    return { url, applied, seed, ms: elapsed(startedAt) };
  } finally {
    await admin.end().catch(() => {});
  }
}

// Builds `<db>__building` (migrated, seeded, marked complete) and swaps it into place; on failure
// or cancellation drops only the copy.
async function buildAndSwap(
  admin: pg.Client,
  url: string,
  database: string,
  options: SeedOptions,
  hooks: RebuildHooks,
): Promise<{ applied: string[]; seed: SeedReport }> {
  const progress = hooks.onStep ?? (() => {});
  const { building, old } = swapNames(database);
  const stopIfCancelled = () => {
    if (hooks.signal?.aborted) throw CliError.interrupted(hooks.signal.reason, `the half-built copy was dropped; ${database} is as it was.`);
  };
  stopIfCancelled();
  // Leftovers of interrupted runs: a half-built copy, or the old database a finished swap did not get to drop.
  for (const leftover of [building, old]) await admin.query(`drop database if exists ${pg.escapeIdentifier(leftover)} with (force)`);
  let applied: string[];
  let seed: SeedReport;
  try {
    // The copy records itself before the swap, keeping the old database's environment.
    const [environment, copy] = await Promise.all([keptEnvironment(url), createMigrated(admin, url, building)]);
    applied = copy.applied;
    progress(`migrated (${plural(applied.length, 'migration')}${copy.built ? `; kept as the template ${copy.template} for the next runs` : ', a copy of the migrated template'})`);
    stopIfCancelled();
    // Each table's progress line is a safe point: throwing there rolls the seed's transaction back.
    const onProgress = (line: string) => {
      stopIfCancelled();
      hooks.seed?.onProgress?.(line);
    };
    seed = await seedDatabase(withDatabase(url, building), options, { ...hooks.seed, onProgress });
    progress(`seeded ${formatCount(seed.totalRows)} rows (${seed.ms} ms)`);
    stopIfCancelled();
    await recordDatabase(withDatabase(url, building), 'fresh', environment);
    await markComplete(admin, building);
  } catch (error) {
    await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`).catch(() => {});
    throw error;
  }
  // From here on the rebuild is finished rather than cancelled: the swap is one transaction.
  await swapInto(admin, database, hooks.pauseAt);
  progress('database rebuilt');
  return { applied, seed };
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
