import { DEV_DATABASE, DbError, createDatabase, databaseExists, isLocalUrl, probeDatabase, resolveDatabase, withDatabase } from '@navimpact/server';
import { MAINTENANCE_DATABASE, isServerDatabase } from './_protected.ts';
import { restoreTarget } from './_swap.ts';

/** The database a command works on, where it came from, what finding it did, and how long it took. */
export interface Target {
  url: string;
  source: 'DATABASE_URL' | 'embedded';
  /** This call started the embedded server. */
  started: boolean;
  /** This call created the `navimpact` database on the embedded server. */
  created: boolean;
  ms: number;
}

/** How to resolve the target: refuse remote servers for a destructive command, create the dev database. */
export interface TargetOptions {
  /** A destructive command's name; a target on another machine is refused unless `force`. */
  destructive?: { command: string; force: boolean; reason?: string };
  /** On the embedded server, create the `navimpact` database if it does not exist yet. */
  ensureDevDatabase?: boolean;
  /**
   * Put back a database that an interrupted `fresh` left missing (on this machine only), and
   * print this line when it did; without it nothing is restored.
   */
  onRestored?: (line: string) => void;
  /** Start the embedded server when it is not running (default true); false for print-only and read-only commands. */
  start?: boolean;
}

export { MAINTENANCE_DATABASE } from './_protected.ts';

/**
 * DATABASE_URL if set, else the `navimpact` database on the embedded server (started if needed,
 * unless `start: false`; `targetNotes` says what was started or created).
 * Never creates a database on a DATABASE_URL server: that is the operator's decision.
 */
export async function resolveTarget(env: NodeJS.ProcessEnv, options: TargetOptions = {}): Promise<Target> {
  const startedAt = performance.now();
  // resolveDatabase only parses DATABASE_URL, and the embedded server is on this machine by
  // construction, so the refusal below happens before any connection to a remote host.
  const { url, source, started } = await resolveDatabase(env, { start: options.start });
  if (options.destructive) {
    const { command, force, reason } = options.destructive;
    assertLocalTarget(url, command, force, reason);
  }
  if (options.onRestored && isLocalUrl(url) && !isServerDatabase(url)) {
    await restoreTarget(withDatabase(url, MAINTENANCE_DATABASE), url, options.onRestored).catch((error: unknown) => {
      // Something that answers but is not PostgreSQL costs a full timeout: say so now, not twice.
      // Anything else (nothing listening, a wrong password) the command's own connection reports, naming its database.
      if (error instanceof DbError && error.code === 'NOT_POSTGRES' && options.start !== false) throw error;
    });
  }
  const created = options.ensureDevDatabase === true && source === 'embedded' && (await ensureDatabase(url, DEV_DATABASE));
  return { url, source, started, created, ms: Math.round(performance.now() - startedAt) };
}

/**
 * Throws DbError.remoteTarget when any host the driver may connect to (the query's host and
 * hostaddr included, as pg reads them) is not this machine and `force` is not set.
 */
export function assertLocalTarget(url: string, command: string, force: boolean, reason?: string): void {
  if (!force && !isLocalUrl(url)) throw DbError.remoteTarget(url, command, reason);
}

/** One line per side effect of finding the target, for the command to print: nothing happens unsaid. */
export function targetNotes(target: Target): string[] {
  const notes: string[] = [];
  if (target.started) notes.push('Started the embedded PostgreSQL server (it keeps running; `navimpact stop` stops it).');
  if (target.created) notes.push(`Created the database ${DEV_DATABASE} on the embedded server.`);
  return notes;
}

// True when this call created it.
async function ensureDatabase(url: string, name: string): Promise<boolean> {
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  await probeDatabase(serverUrl);
  if (await databaseExists(serverUrl, name)) return false;
  try {
    await createDatabase(serverUrl, name);
    return true;
  } catch (error) {
    // 42P04 duplicate_database: another command created it between our check and our create.
    if ((error as { code?: unknown }).code !== '42P04') throw error;
    return false;
  }
}
