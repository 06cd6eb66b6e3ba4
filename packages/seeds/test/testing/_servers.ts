import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { probeDatabase } from '@navimpact/schema';
import { connectServer } from '../../src/testing/index.ts';

/** A PostgreSQL server the tests run against; `url` points at its maintenance database. */
export interface TestServer {
  label: string;
  url: string;
}

const SYSTEM_PG = process.env.NAVIMPACT_SECOND_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The main server (DATABASE_URL's, else the embedded one) and, when it answers, the machine's own PostgreSQL. */
export async function testServers(): Promise<TestServer[]> {
  const { serverUrl, client } = await connectServer();
  await client.end();
  const servers: TestServer[] = [{ label: `main (PostgreSQL ${await majorVersion(serverUrl)})`, url: serverUrl }];
  try {
    servers.push({ label: `system (PostgreSQL ${await majorVersion(SYSTEM_PG)})`, url: SYSTEM_PG });
  } catch {
    console.warn(`No PostgreSQL answers at ${SYSTEM_PG}: these tests run on the main server only.`);
  }
  return servers;
}

async function majorVersion(url: string): Promise<number> {
  return Math.floor((await probeDatabase(url)).serverVersionNum / 10000);
}

/** A namespace of its own for one test, so its templates and databases never meet another run's. */
export function freshNamespace(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** Runs one query on a database and returns its rows. */
export async function query<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** The names of the databases of a namespace. */
export async function databasesOf(serverUrl: string, namespace: string): Promise<string[]> {
  const rows = await query<{ datname: string }>(serverUrl, `select datname from pg_database where datname like $1 order by 1`, [`${namespace}\\_%`]);
  return rows.map((row) => row.datname);
}

/** Drops every database of a namespace, templates included. */
export async function dropNamespace(serverUrl: string, namespace: string): Promise<void> {
  for (const name of await databasesOf(serverUrl, namespace)) {
    await query(serverUrl, `alter database ${pg.escapeIdentifier(name)} is_template false`);
    await query(serverUrl, `drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  }
}
