import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectClient, withDatabase } from '@navimpact/server';

/** Every comment this helper writes starts with this, so it never mistakes someone else's database for its own. */
export const MARKER_TOOL = 'navimpact-testdb';

/** The default namespace: `navimpact_tpl_…` templates and `navimpact_test_…` databases. */
export const DEFAULT_NAMESPACE = 'navimpact';

/** A database as pg_database and pg_stat_activity see it. */
export interface DatabaseRow {
  name: string;
  oid: number;
  isTemplate: boolean;
  connections: number;
  /** The parsed JSON of our COMMENT ON DATABASE, when it is ours. */
  marker: Record<string, unknown> | undefined;
}

let counter = 0;

/**
 * A name no other process, worker or call can pick: the owning pid (which the leftover cleanup
 * reads back), a counter and 6 random characters. `test` databases belong to a test file,
 * `pool` ones wait in a run's pool to become one.
 */
export function ownedDatabaseName(namespace: string, kind: 'test' | 'pool'): string {
  counter += 1;
  const random = randomBytes(4).readUInt32BE(0).toString(36).padStart(6, '0').slice(-6);
  return `${assertNamespace(namespace)}_${kind}_${process.pid}_${counter}_${random}`;
}

/** Quotes a database name for SQL. */
export const ident = (name: string): string => pg.escapeIdentifier(name);

/** Quotes a string for SQL. */
export const literal = (text: string): string => pg.escapeLiteral(text);

/** Lowercase letters and digits, up to 16, starting with a letter: safe inside any database name. */
export function assertNamespace(namespace: string): string {
  if (!/^[a-z][a-z0-9]{0,15}$/.test(namespace)) {
    throw new TypeError(`A test database namespace is 1 to 16 lowercase letters or digits, not "${namespace}".`);
  }
  return namespace;
}

/** Connects to the server's maintenance database, where databases are created and dropped and the template lock lives. */
export function connectAdmin(serverUrl: string): Promise<pg.Client> {
  return connectClient(withDatabase(serverUrl, 'postgres'));
}

/** The databases whose names match `pattern` (a POSIX regex), with their markers. */
export async function listDatabases(client: pg.Client, pattern: string): Promise<DatabaseRow[]> {
  const { rows } = await client.query<{ name: string; oid: number; is_template: boolean; connections: number; comment: string | null }>(
    `select d.datname as name, d.oid::int as oid, d.datistemplate as is_template,
            (select count(*)::int from pg_stat_activity a where a.datid = d.oid) as connections,
            shobj_description(d.oid, 'pg_database') as comment
       from pg_database d where d.datname ~ $1 order by d.datname`,
    [pattern],
  );
  return rows.map((row) => ({
    name: row.name,
    oid: row.oid,
    isTemplate: row.is_template,
    connections: row.connections,
    marker: parseMarker(row.comment),
  }));
}

/** The server's clock: markers of one server compare against one clock, whichever machine wrote them. */
export async function serverNow(client: pg.Client): Promise<Date> {
  return (await client.query<{ now: Date }>('select now()')).rows[0]!.now;
}

/** Writes our marker as the database's comment, stamped `at` by the server's clock. */
export async function writeMarker(client: pg.Client, name: string, marker: Record<string, unknown>): Promise<void> {
  const at = (await serverNow(client)).toISOString();
  await client.query(`comment on database ${ident(name)} is ${literal(JSON.stringify({ tool: MARKER_TOOL, ...marker, at }))}`);
}

/** Drops a database if it exists; a template is first made an ordinary database, which DROP requires. */
export async function dropIfExists(client: pg.Client, name: string, options: { force?: boolean } = {}): Promise<void> {
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1 and datistemplate', [name]);
  if (rowCount === 1) await client.query(`alter database ${ident(name)} is_template false`);
  await client.query(`drop database if exists ${ident(name)}${options.force ? ' with (force)' : ''}`);
}

function parseMarker(comment: string | null): Record<string, unknown> | undefined {
  if (!comment?.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(comment);
    const ours = typeof parsed === 'object' && parsed !== null && (parsed as { tool?: unknown }).tool === MARKER_TOOL;
    return ours ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
