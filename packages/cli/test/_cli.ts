import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, dropDatabase, withDatabase } from '@navimpact/schema';
import { runCli } from '../src/index.ts';

/** The machine's PostgreSQL (trust auth); its maintenance database. */
export const SYSTEM_PG = process.env.NAVIMPACT_SECOND_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** What one `navimpact` run printed and returned. */
export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

/** Runs a command line in-process with captured output and an explicit environment. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  // PATH only: the developer's own DATABASE_URL or NAVIMPACT_* must not leak into a test.
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { PATH: process.env.PATH, ...env });
  return { code, out, err };
}

/** Creates a uniquely named empty database on the system PostgreSQL and drops it afterwards. */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `navimpact_cli_test_${randomBytes(4).toString('hex')}`;
  await createDatabase(SYSTEM_PG, name);
  try {
    return await fn(withDatabase(SYSTEM_PG, name));
  } finally {
    await dropDatabase(SYSTEM_PG, name);
    await dropDatabase(SYSTEM_PG, `${name}__building`);
  }
}

/** Runs one query on the database and returns its rows. */
export async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The user tables of the database's current schema, the migrations table aside. */
export async function userTables(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `select tablename as name from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations' order by 1`,
  );
  return rows.map((r) => r.name);
}
