import pg from 'pg';
import { LOCKS, migrateUp } from '@navimpact/schema';
import { connectClient, createDatabase, databaseName, dropDatabase, withAdminClient, withDatabase } from '@navimpact/server';
import { seedDatabase } from '@navimpact/seeds';
import type { SeedOptions, SeedReport } from '@navimpact/seeds';
import { CliError } from '../errors.ts';
import { formatCount, formatServerVersion, plural } from '../format.ts';
import { withOrm } from './_connections.ts';
import type { RebuildHooks } from './_progress.ts';
import { keptEnvironment, recordDatabase } from './record.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

/** What `fresh` built: the migrations applied, the seed report, and the total time. */
export interface FreshReport {
  url: string;
  applied: string[];
  seed: SeedReport;
  ms: number;
}

// The server's own databases: dropping them breaks the server for everyone, not just us.
const PROTECTED = new Set([MAINTENANCE_DATABASE, 'template0', 'template1']);
const MAX_NAME_BYTES = 63;
const SUFFIX = '__building';

/**
 * Rebuilds the database empty, migrated and seeded, without ever leaving it half-written: the new
 * one is built under a temporary name and swapped in only once complete; on failure the
 * temporary database is dropped and the old one is untouched.
 */
export async function freshDatabase(url: string, options: SeedOptions, hooks: RebuildHooks = {}): Promise<FreshReport> {
  const startedAt = performance.now();
  const progress = hooks.onStep ?? (() => {});
  const database = databaseName(url);
  if (PROTECTED.has(database)) throw CliError.protectedDatabase(database);
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  // Two `fresh` runs on one database (two terminals, two turbo tasks) take turns instead of
  // dropping each other's half-built copy; the lock ends with its session, also on a crash.
  // Connecting maps an unreachable server or a wrong password to a DbError.
  const lock = await connectClient(serverUrl);
  try {
    const { rows } = await lock.query<{ version: string }>("select current_setting('server_version_num') as version");
    progress(`server ready (PostgreSQL ${formatServerVersion(Number(rows[0]!.version))}, ${elapsed(startedAt)} ms)`);
    await lock.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    const { applied, seed } = await buildAndSwap(url, serverUrl, database, options, hooks);
    return { url, applied, seed, ms: elapsed(startedAt) };
  } finally {
    await lock.end().catch(() => {});
  }
}

// Builds `<db>__building` (migrated, seeded) and swaps it into place; on failure drops only the copy.
async function buildAndSwap(
  url: string,
  serverUrl: string,
  database: string,
  options: SeedOptions,
  hooks: RebuildHooks,
): Promise<{ applied: string[]; seed: SeedReport }> {
  const progress = hooks.onStep ?? (() => {});
  const building = buildingName(database);
  const buildingUrl = withDatabase(url, building);
  // A leftover of an interrupted run; it was never the real database.
  await dropDatabase(serverUrl, building);
  await createDatabase(serverUrl, building);
  let applied: string[];
  let seed: SeedReport;
  try {
    // The copy records itself before the swap, keeping the old database's environment.
    const environment = await keptEnvironment(url);
    applied = (await withOrm(buildingUrl, migrateUp)).applied;
    progress(`migrated (${plural(applied.length, 'migration')})`);
    seed = await seedDatabase(buildingUrl, options, hooks.seed);
    progress(`seeded ${formatCount(seed.totalRows)} rows (${seed.ms} ms)`);
    await recordDatabase(buildingUrl, 'fresh', environment);
  } catch (error) {
    await dropDatabase(serverUrl, building).catch(() => {});
    throw error;
  }
  await swapInto(serverUrl, building, database);
  progress('database rebuilt');
  return { applied, seed };
}

// DROP DATABASE cannot run in a transaction, so the swap is two statements back to back; `force`
// ends the sessions still open on the old database, which would otherwise block the drop.
async function swapInto(serverUrl: string, building: string, database: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`);
    await client.query(`alter database ${pg.escapeIdentifier(building)} rename to ${pg.escapeIdentifier(database)}`);
  });
}

// PostgreSQL truncates names to 63 bytes; shortening the base keeps the suffix, so the temporary
// name can never collide with the real one.
function buildingName(database: string): string {
  let base = database;
  while (Buffer.byteLength(base + SUFFIX) > MAX_NAME_BYTES) base = base.slice(0, -1);
  return base + SUFFIX;
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
