import { hostname } from 'node:os';
import type pg from 'pg';
import { withAdminClient } from '@navimpact/server';
import { MARKER_TOOL, connectAdmin, dropIfExists, ident, listDatabases, literal, ownedDatabaseName, writeMarker } from './_catalog.ts';
import type { CloneStrategy } from './template.ts';

/** What the pool copies, and how many copies it keeps ready. */
export interface PoolOptions {
  template: string;
  cloneStrategy: CloneStrategy;
  namespace: string;
  size: number;
}

/** A running pool: the name prefix of its databases, and how to stop it. */
export interface Pool {
  prefix: string;
  stop(): Promise<void>;
}

// Test files notify on it after a claim, with the pool's prefix as payload, so the pool refills at once.
const CHANNEL = 'navimpact_testdb_pool';
const IDLE_RECHECK_MS = 1_000;

/**
 * Keeps `size` copies of the template ready in the background of the global setup's process.
 * Copying a database creates some 300 files, which on a busy disk takes hundreds of milliseconds;
 * claiming a ready copy is one rename. Copies are made `size` at a time, each on its own
 * connection, because file creation is latency-bound: four at once take little longer than one.
 * The pool's databases carry this pid in their names, so the leftover cleanup drops them if the run dies.
 */
export function startPool(serverUrl: string, options: PoolOptions): Pool {
  const prefix = `${options.namespace}_pool_${process.pid}_`;
  const strategy = options.cloneStrategy ? ` strategy ${options.cloneStrategy}` : '';
  let stopped = false;
  let creating = 0;
  let sleepers: (() => void)[] = [];
  const wakeAll = (): void => {
    const woken = sleepers;
    sleepers = [];
    for (const wake of woken) wake();
  };
  const sleep = (): Promise<void> =>
    new Promise<void>((resolve) => {
      sleepers.push(resolve);
      setTimeout(resolve, IDLE_RECHECK_MS).unref();
    });

  // Everything connects in the background: the global setup does not wait for the pool.
  const listening = connectAdmin(serverUrl).then(async (client) => {
    client.on('notification', (message) => void (message.payload === prefix && wakeAll()));
    await client.query(`listen ${CHANNEL}`);
    return client;
  });
  const fill = async (): Promise<void> => {
    const client = await connectAdmin(serverUrl);
    try {
      while (!stopped) {
        const ready = (await listDatabases(client, `^${prefix}`)).length;
        if (ready + creating >= options.size) {
          await sleep();
          continue;
        }
        creating += 1;
        try {
          const name = ownedDatabaseName(options.namespace, 'pool');
          await client.query(`create database ${ident(name)} template ${ident(options.template)}${strategy}`);
          await writeMarker(client, name, { kind: 'pool', host: hostname(), pid: process.pid });
        } finally {
          creating -= 1;
        }
      }
    } finally {
      await client.end().catch(() => {});
    }
  };
  // A filler that fails (say a newer run dropped the template) just stops: files then copy for
  // themselves, and that path reports the error.
  const filling = Promise.all(Array.from({ length: options.size }, () => fill().catch(() => {})));

  return {
    prefix,
    async stop() {
      stopped = true;
      wakeAll();
      await filling;
      await listening.then((client) => client.end(), () => {}).catch(() => {});
      await withAdminClient(serverUrl, async (client) => {
        for (const db of await listDatabases(client, `^${prefix}`)) await dropIfExists(client, db.name, { force: true });
      });
    },
  };
}

/**
 * Takes a ready database from the pool under the given name, marking it as this process's in the
 * same statement batch; false when the pool is empty, and the caller clones instead.
 */
export async function claimPooled(client: pg.Client, prefix: string, name: string, marker: Record<string, unknown>): Promise<boolean> {
  const { rows } = await client.query<{ name: string; at: Date }>(
    'select datname as name, now() as at from pg_database where datname ~ $1 order by oid limit 8',
    [`^${prefix}`],
  );
  for (const candidate of rows) {
    // Stamped by the server's clock, as writeMarker does.
    const stamped = { tool: MARKER_TOOL, ...marker, at: candidate.at.toISOString() };
    try {
      // One round trip, one implicit transaction: rename, marker and the refill signal together.
      await client.query(
        `alter database ${ident(candidate.name)} rename to ${ident(name)};`
          + `comment on database ${ident(name)} is ${literal(JSON.stringify(stamped))};`
          + `select pg_notify(${literal(CHANNEL)}, ${literal(prefix)})`,
      );
      return true;
    } catch {
      // Another file claimed it first.
    }
  }
  return false;
}
