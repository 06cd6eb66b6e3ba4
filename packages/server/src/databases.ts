import pg from 'pg';
import { openClient } from './connect.ts';
import { withDatabase } from './database-url.ts';

/**
 * Connects a plain `pg` client within the connect timeout; a failure is a DbError (unreachable,
 * not PostgreSQL, wrong password, no such database) with its hint.
 */
export async function connectClient(url: string): Promise<pg.Client> {
  return openClient(url);
}

/** Opens a plain `pg` client on the database, runs `fn`, and always closes it. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connectClient(url);
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Opens a client on the server's maintenance database, runs `fn`, and always closes it. */
export async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(withDatabase(serverUrl, 'postgres'), fn);
}

/** True when a database of that name exists on the server. */
export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withAdminClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  });
}

/** Creates an empty database, optionally as a copy of a template database. */
export async function createDatabase(serverUrl: string, name: string, options: { template?: string } = {}): Promise<void> {
  const template = options.template ? ` template ${pg.escapeIdentifier(options.template)}` : '';
  await withAdminClient(serverUrl, (client) => client.query(`create database ${pg.escapeIdentifier(name)}${template}`));
}

/** Drops a database if it exists, closing the sessions still connected to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) =>
    client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
  );
}
