import { hostname } from 'node:os';
import type pg from 'pg';
import { isLocalUrl, withAdminClient, withDatabase } from '@navimpact/server';
import { DEFAULT_NAMESPACE, assertNamespace, dropIfExists, ident, listDatabases, ownedDatabaseName, serverNow, writeMarker } from './_catalog.ts';
import { claimPooled } from './pool.ts';
import { claimThroughSetup, postClaim } from './pool-claims.ts';
import type { CloneStrategy } from './template.ts';

/** One test file's database. */
export interface TestDatabase {
  name: string;
  url: string;
  /** Taken ready from the run's pool rather than copied on demand. */
  pooled?: boolean;
}

/** Where to clone from and how. */
export interface CloneOptions {
  template: string;
  cloneStrategy?: CloneStrategy;
  namespace?: string;
  /** Chosen beforehand with testDatabaseName, for a caller that needs the URL before the copy exists. */
  name?: string;
  /** The name prefix of the run's pool, to claim a ready copy from before copying one. */
  pool?: string | null;
  /** The global setup's claim socket: the pool's copy is then claimed there, with no connection of our own. */
  claims?: string | null;
  /** The socket's answer to a claim already sent for `name` (by sendClaim), so none is sent again. */
  claimed?: Promise<boolean | undefined>;
}

/** A claim sent ahead of time: the name asked for, and the socket's answer on its way. */
export interface SentClaim {
  name: string;
  answer: Promise<boolean | undefined>;
}

/** A name no other process, worker or call can pick: the owning pid, a counter and 6 random characters. */
export function testDatabaseName(namespace = DEFAULT_NAMESPACE): string {
  return ownedDatabaseName(namespace, 'test');
}

/**
 * Gives this process a copy of the template, from the run's pool when one is ready, else copied
 * now; marked with this machine's name and this pid so a later run can tell a crashed run's
 * leftovers from live ones.
 */
export async function cloneTestDatabase(serverUrl: string, options: CloneOptions): Promise<TestDatabase> {
  const name = options.name ?? testDatabaseName(options.namespace);
  const marker = ownMarker();
  const strategy = options.cloneStrategy ? ` strategy ${options.cloneStrategy}` : '';
  const url = withDatabase(serverUrl, name);
  const claimed = options.claimed ?? (options.pool && options.claims ? claimThroughSetup(options.claims, name, marker) : undefined);
  const viaSetup = await claimed;
  if (viaSetup) return { name, url, pooled: true };
  const pooled = await withAdminClient(serverUrl, async (client) => {
    // An empty pool, as the socket said, stays empty for a direct look; a silent socket does not.
    if (options.pool && viaSetup === undefined && (await claimPooled(client, options.pool, name, marker))) return true;
    await client.query(`create database ${ident(name)} template ${ident(options.template)}${strategy}`);
    await writeMarker(client, name, marker);
    return false;
  });
  return { name, url, pooled };
}

/**
 * Asks the global setup's socket for a pooled copy now, without waiting for the answer, so the
 * round trip overlaps with whatever the caller does next; cloneTestDatabase with the returned
 * name and answer finishes the job (copying on demand when the pool had none). Undefined without a pool or a socket.
 */
export function sendClaim(options: Pick<CloneOptions, 'namespace' | 'pool' | 'claims'>): SentClaim | undefined {
  if (!options.pool || !options.claims) return undefined;
  const name = testDatabaseName(options.namespace);
  const marker = ownMarker();
  postClaim(options.claims, name, marker);
  const answer = claimThroughSetup(options.claims, name, marker);
  // Awaited later by cloneTestDatabase; until then a lost answer must not count as unhandled.
  answer.catch(() => {});
  return { name, answer };
}

/** Drops a test database, closing any session a test left open. */
export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) => dropIfExists(client, name, { force: true }));
}

/** Marks a test database as kept on purpose, so no later cleanup takes it for a leftover. */
export async function keepTestDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) =>
    writeMarker(client, name, { ...ownMarker(), kept: true }),
  );
}

// Another machine's test database is only taken for a leftover once nobody has used it for this long.
const FOREIGN_LEFTOVER_MS = 24 * 60 * 60 * 1000;

/**
 * Drops the test and pool databases of crashed runs: those whose owning process (pid in the name
 * and the marker) no longer runs on this machine, and those of other machines older than a day. Kept
 * databases and databases with open sessions are never touched.
 */
export async function dropLeftoverTestDatabases(serverUrl: string, namespace = DEFAULT_NAMESPACE, admin?: pg.Client): Promise<string[]> {
  const pattern = `^${assertNamespace(namespace)}_(test|pool)_[0-9]+_[0-9]+_[a-z0-9]{6}$`;
  const localServer = isLocalUrl(serverUrl);
  const run = async (client: pg.Client): Promise<string[]> => {
    const dropped: string[] = [];
    const now = (await serverNow(client)).getTime();
    for (const db of await listDatabases(client, pattern)) {
      if (db.connections > 0 || db.marker?.kept === true || !isLeftover(db.name, db.marker, localServer, now)) continue;
      // No FORCE: a session opened since the listing means someone uses it after all.
      await client.query(`drop database if exists ${ident(db.name)}`).then(
        () => dropped.push(db.name),
        () => {},
      );
    }
    return dropped;
  };
  return admin ? run(admin) : withAdminClient(serverUrl, run);
}

// This machine's name and this pid: what tells a crashed run's leftovers from live ones.
function ownMarker(): Record<string, unknown> {
  return { kind: 'test', host: hostname(), pid: process.pid };
}

function isLeftover(name: string, marker: Record<string, unknown> | undefined, localServer: boolean, now: number): boolean {
  const pid = Number(name.split('_').at(-3));
  // Unmarked: created a moment ago with its marker on the way, or its run crashed in between. Only
  // the pid can tell, and only on a server no other machine is likely to use.
  if (marker === undefined) return localServer && !isRunning(pid);
  if (marker.host === hostname()) return !isRunning(pid);
  const markedAt = Date.parse(String(marker.at));
  return Number.isFinite(markedAt) && now - markedAt > FOREIGN_LEFTOVER_MS;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
