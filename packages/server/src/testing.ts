import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import net from 'node:net';
import type pg from 'pg';
import { probeDatabase } from './connect.ts';
import { withDatabase } from './database-url.ts';
import { createDatabase, dropDatabase, withClient } from './databases.ts';
import { embeddedServerOptions, embeddedServerUrl, startEmbeddedServer } from './embedded-server.ts';

export { databaseFingerprint } from './fingerprint.ts';
export type { DatabaseFingerprint } from './fingerprint.ts';

/** A PostgreSQL server tests run against; `url` points at its maintenance database. */
export interface TestServer {
  label: string;
  url: string;
}

const SECOND_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server tests use: DATABASE_URL's when set, else the embedded one, started if needed. */
export async function mainTestServer(env: NodeJS.ProcessEnv = process.env): Promise<TestServer> {
  if (env.DATABASE_URL) return labelled('DATABASE_URL', withDatabase(env.DATABASE_URL, 'postgres'));
  const options = embeddedServerOptions(env);
  await startEmbeddedServer(options);
  return labelled('embedded', embeddedServerUrl(options));
}

/**
 * The main server and, when it answers, a second one (NAVIMPACT_SECOND_PG_URL, else the machine's
 * own PostgreSQL on 127.0.0.1:5432) to prove the same behaviour on another major version.
 */
export async function testServers(env: NodeJS.ProcessEnv = process.env): Promise<TestServer[]> {
  const main = await mainTestServer(env);
  const secondUrl = env.NAVIMPACT_SECOND_PG_URL ?? SECOND_SERVER;
  try {
    return [main, await labelled('second', secondUrl)];
  } catch {
    console.warn(`No PostgreSQL answers at ${secondUrl}: these tests run on the ${main.label} server only.`);
    return [main];
  }
}

async function labelled(source: string, url: string): Promise<TestServer> {
  const { serverVersionNum } = await probeDatabase(url);
  return { label: `${source} (PostgreSQL ${Math.floor(serverVersionNum / 10000)})`, url };
}

/** Creates an empty, uniquely named database on the server, hands its URL to `fn`, and drops it afterwards. */
export async function withScratchDatabase<T>(serverUrl: string, fn: (url: string) => Promise<T>, prefix = 'navimpact_scratch'): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await createDatabase(serverUrl, name);
  try {
    return await fn(withDatabase(serverUrl, name));
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

/** Runs one query on the database and returns its rows. */
export async function queryRows<R extends pg.QueryResultRow = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return withClient(url, async (client) => (await client.query<R>(sql, params)).rows);
}

/** The tables of the database's current schema, except those named (a migrations table, say). */
export async function userTables(url: string, except: string[] = []): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    url,
    'select tablename as name from pg_tables where schemaname = current_schema() and not (tablename = any($1)) order by 1',
    [except],
  );
  return rows.map((r) => r.name);
}

/** A local TCP port that is not PostgreSQL: it accepts and stays silent, or answers with garbage. */
export interface FakeServer {
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 on a free port; `silent` never says a word, `garbage` answers an HTTP error and hangs up. */
export async function listenFakeServer(kind: 'silent' | 'garbage'): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (kind === 'garbage') socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now, for a server a test starts itself. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}
