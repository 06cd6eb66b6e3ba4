import pg from 'pg';
import { LOCKS } from '@navimpact/schema';
import { connectClient, databaseName } from '@navimpact/server';

/** The temporary names of a rebuild: the copy being built, and the old database set aside by the swap. */
export interface SwapNames {
  building: string;
  old: string;
}

/** The points a test can hold a rebuild at: fresh's build and swap, and each stage of an adoption. */
export type PausePoint = 'swap' | 'build' | 'backup' | 'copy' | 'transform' | 'proof';

/** A test-only pause: resolves when the test lets go (or never, when it kills the process). */
export type PauseAt = (point: PausePoint) => Promise<void>;

/** How a swap differs from fresh's: another source than `<db>__building`, and the old database kept under a name instead of dropped. */
export interface SwapOptions {
  /** The database that takes the real name (default `<db>__building`). */
  from?: string;
  /** Keep the replaced database under this name (adopt keeps the legacy one as `<db>__legacy`); default: dropped. */
  keepOldAs?: string;
}

// Written on the copy as the last step of its build: only a copy carrying it may ever take the real name.
const COMPLETE = 'navimpact: complete build, not yet swapped in';
const MAX_NAME_BYTES = 63;
// 55006 object_in_use: a session connected to the database between our terminate and our rename.
const OBJECT_IN_USE = '55006';
const SWAP_ATTEMPTS = 5;

/** The temporary names; PostgreSQL truncates names to 63 bytes, so the base is shortened, never the suffix. */
export function swapNames(database: string): SwapNames {
  const fit = (suffix: string) => {
    let base = database;
    while (Buffer.byteLength(base + suffix) > MAX_NAME_BYTES) base = base.slice(0, -1);
    return base + suffix;
  };
  return { building: fit('__building'), old: fit('__old') };
}

/** `<db>__legacy`: where adopt keeps the legacy database, shortened like the other names. */
export function legacyName(database: string): string {
  let base = database;
  while (Buffer.byteLength(`${base}__legacy`) > MAX_NAME_BYTES) base = base.slice(0, -1);
  return `${base}__legacy`;
}

/** Marks the copy complete; called once it is migrated and seeded, so a half-built copy is never swapped in. */
export async function markComplete(admin: pg.Client, building: string): Promise<void> {
  await admin.query(`comment on database ${pg.escapeIdentifier(building)} is ${pg.escapeLiteral(COMPLETE)}`);
}

/**
 * Puts the complete copy under the real name in one transaction: ALTER DATABASE … RENAME is
 * transactional, so the old database keeps the name until the commit and the new one has it from
 * then on; no instant, crash or kill -9 leaves the name free. The old one is dropped afterwards.
 */
export async function swapInto(admin: pg.Client, database: string, pauseAt?: PauseAt, options: SwapOptions = {}): Promise<void> {
  const names = swapNames(database);
  const building = options.from ?? names.building;
  const old = options.keepOldAs ?? names.old;
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query('begin');
      const { rowCount } = await admin.query('select from pg_database where datname = $1', [database]);
      if (rowCount === 1) {
        // A rename needs the database to itself; the server waits up to 5 s for the ended sessions to go.
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
        await admin.query(`alter database ${pg.escapeIdentifier(database)} rename to ${pg.escapeIdentifier(old)}`);
      }
      await pauseAt?.('swap');
      await admin.query(`alter database ${pg.escapeIdentifier(building)} rename to ${pg.escapeIdentifier(database)}`);
      await admin.query(`comment on database ${pg.escapeIdentifier(database)} is null`);
      await admin.query('commit');
      break;
    } catch (error) {
      await admin.query('rollback').catch(() => {});
      if ((error as { code?: unknown }).code !== OBJECT_IN_USE || attempt === SWAP_ATTEMPTS) throw error;
    }
  }
  if (options.keepOldAs === undefined) await admin.query(`drop database if exists ${pg.escapeIdentifier(old)} with (force)`);
}

/**
 * When the database is missing but a swap's leftover is not, puts the right one back under the
 * real name: a copy marked complete (the newer data), else the old database set aside. Returns the
 * line to print, or null when there was nothing to restore. The caller holds the rebuild's lock.
 */
export async function restoreUnderLock(admin: pg.Client, database: string): Promise<string | null> {
  const { building, old } = swapNames(database);
  const { rows } = await admin.query<{ name: string; note: string | null }>(
    `select datname as name, shobj_description(oid, 'pg_database') as note from pg_database where datname = any($1)`,
    [[database, building, old]],
  );
  const found = new Map(rows.map((r) => [r.name, r.note]));
  if (found.has(database)) return null;
  const source = found.get(building) === COMPLETE ? building : found.has(old) ? old : null;
  if (source === null) return null;
  await admin.query('begin');
  await admin.query(`alter database ${pg.escapeIdentifier(source)} rename to ${pg.escapeIdentifier(database)}`);
  await admin.query(`comment on database ${pg.escapeIdentifier(database)} is null`);
  await admin.query('commit');
  const what = source === building ? 'the complete rebuild' : 'the previous database';
  return `restored ${database} from ${what} an interrupted \`navimpact fresh\` left as ${source}`;
}

/**
 * The same, for any command: takes the rebuild's lock without waiting, and skips when a `fresh` holds
 * it (that run finishes its own swap).
 */
export async function restoreInterruptedSwap(admin: pg.Client, database: string): Promise<string | null> {
  const { rows } = await admin.query<{ locked: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as locked', [LOCKS.fresh, database]);
  if (rows[0]?.locked !== true) return null;
  try {
    return await restoreUnderLock(admin, database);
  } finally {
    await admin.query('select pg_advisory_unlock($1, hashtext($2))', [LOCKS.fresh, database]);
  }
}

/**
 * Before any command: when the target is missing because a `fresh` was killed mid-swap, puts the
 * right database back and prints one line. A server that cannot be reached throws its DbError, so
 * a command that connects anyway does not wait out a second timeout; callers that only report
 * (url, check) catch it and let their own probe tell.
 */
export async function restoreTarget(serverUrl: string, url: string, onRestored: (line: string) => void): Promise<void> {
  const admin = await connectClient(serverUrl);
  try {
    const line = await restoreInterruptedSwap(admin, databaseName(url));
    if (line) onRestored(line);
  } finally {
    await admin.end().catch(() => {});
  }
}
