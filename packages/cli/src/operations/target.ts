import { DEV_DATABASE, DbError, createDatabase, databaseExists, isLocalUrl, probeDatabase, resolveDatabase, withDatabase } from '@navimpact/server';
import { restoreTarget } from './_swap.ts';

/** The database a command works on, where it came from, and how long finding it took. */
export interface Target {
  url: string;
  source: 'DATABASE_URL' | 'embedded';
  ms: number;
}

/** How to resolve the target: refuse remote servers for a destructive command, create the dev database. */
export interface TargetOptions {
  /** A destructive command's name; a target on another machine is refused unless `force`. */
  destructive?: { command: string; force: boolean };
  /** On the embedded server, create the `navimpact` database if it does not exist yet. */
  ensureDevDatabase?: boolean;
  /**
   * Put back a database that an interrupted `fresh` left missing (on this machine only), and
   * print this line when it did; without it nothing is restored.
   */
  onRestored?: (line: string) => void;
}

/** The server's maintenance database, where CREATE/DROP DATABASE run. */
export const MAINTENANCE_DATABASE = 'postgres';

/**
 * DATABASE_URL if set, else the `navimpact` database on the embedded server (started if needed).
 * Never creates a database on a DATABASE_URL server: that is the operator's decision.
 */
export async function resolveTarget(env: NodeJS.ProcessEnv, options: TargetOptions = {}): Promise<Target> {
  const startedAt = performance.now();
  // resolveDatabase only parses DATABASE_URL, and the embedded server is on this machine by
  // construction, so the refusal below happens before any connection to a remote host.
  const { url, source } = await resolveDatabase(env);
  if (options.destructive) assertLocalTarget(url, options.destructive.command, options.destructive.force);
  if (options.onRestored && isLocalUrl(url)) await restoreTarget(withDatabase(url, MAINTENANCE_DATABASE), url, options.onRestored);
  if (options.ensureDevDatabase && source === 'embedded') await ensureDatabase(url, DEV_DATABASE);
  return { url, source, ms: Math.round(performance.now() - startedAt) };
}

/** Throws DbError.remoteTarget when the URL's host is not this machine and `force` is not set. */
export function assertLocalTarget(url: string, command: string, force: boolean): void {
  if (!force && !isLocalUrl(url)) throw DbError.remoteTarget(url, command);
}

async function ensureDatabase(url: string, name: string): Promise<void> {
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  await probeDatabase(serverUrl);
  if (await databaseExists(serverUrl, name)) return;
  try {
    await createDatabase(serverUrl, name);
  } catch (error) {
    // 42P04 duplicate_database: another command created it between our check and our create.
    if ((error as { code?: unknown }).code !== '42P04') throw error;
  }
}
