import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { queryRows as query } from '@navimpact/server/testing';

export { testServers, queryRows as query } from '@navimpact/server/testing';
export type { TestServer } from '@navimpact/server/testing';

/** A namespace of its own for one test, so its templates and databases never meet another run's. */
export function freshNamespace(): string {
  return `t${randomBytes(5).toString('hex')}`;
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
