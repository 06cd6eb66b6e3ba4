import type pg from 'pg';
import manifest from '../package.json' with { type: 'json' };

/**
 * The table in which a database records that the toolkit made it and which environment it is,
 * like Rails' ar_internal_metadata. The toolkit creates it itself, outside the migrations (as
 * MikroORM does its migrations table): a rollback keeps it, and no migration has to know it.
 */
export const RECORD_TABLE = 'navimpact_metadata';

/** The environments the toolkit knows; any other lowercase name is the user's own. */
export const ENVIRONMENTS = ['development', 'test', 'production'] as const;

/** How a database came to carry its record; `by-hand` is one the toolkit did not make, marked by `env:set`. */
export type RecordHow = 'fresh' | 'seed' | 'reset' | 'migrate' | 'test' | 'restore' | 'adopt' | 'by-hand';

/** What a database says about itself. */
export interface DatabaseRecord {
  environment: string;
  how: RecordHow;
  /** `navimpact <version>` when the toolkit made it; `unknown` for a database marked by hand. */
  madeBy: string;
  /** When the record was written, by the server's clock. */
  madeAt: Date;
  /** When any part of it last changed (an `env:set`, say). */
  updatedAt: Date;
}

const ENVIRONMENT_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

/** True for a lowercase, identifier-like environment name: development, test, production, staging_2 … */
export function isEnvironmentName(name: string): boolean {
  return ENVIRONMENT_PATTERN.test(name);
}

/** True when the record says production: the one environment destructive commands refuse. */
export function isProduction(record: Pick<DatabaseRecord, 'environment'> | null): boolean {
  return record?.environment === 'production';
}

/** Reads the database's record; null when it has none (the toolkit did not make it, or made it before records). */
export async function readDatabaseRecord(client: pg.ClientBase): Promise<DatabaseRecord | null> {
  const { rows: found } = await client.query<{ found: boolean }>('select to_regclass($1) is not null as found', [RECORD_TABLE]);
  if (!found[0]?.found) return null;
  const { rows } = await client.query<{ key: string; value: string; updated_at: Date }>(
    `select key, value, updated_at from ${RECORD_TABLE}`,
  );
  const values = new Map(rows.map((row) => [row.key, row.value]));
  const environment = values.get('environment');
  if (environment === undefined) return null;
  const updatedAt = rows.reduce((latest, row) => (row.updated_at > latest ? row.updated_at : latest), new Date(0));
  return {
    environment,
    how: (values.get('made_how') ?? 'by-hand') as RecordHow,
    madeBy: values.get('made_by') ?? 'unknown',
    madeAt: new Date(values.get('made_at') ?? updatedAt),
    updatedAt,
  };
}

/**
 * Writes a whole new record: the toolkit made this database, now, in this way, for this
 * environment. Call it on a database before anyone else sees it (the building copy of `fresh`,
 * a test template), or right after restoring or adopting one.
 *
 * @example
 * await writeDatabaseRecord(client, { environment: 'development', how: 'fresh' });
 */
export async function writeDatabaseRecord(client: pg.ClientBase, record: { environment: string; how: RecordHow }): Promise<DatabaseRecord> {
  const environment = assertEnvironment(record.environment);
  const madeBy = record.how === 'by-hand' ? 'unknown' : `navimpact ${manifest.version}`;
  await upsert(client, { environment, made_how: record.how, made_by: madeBy, made_at: await serverNow(client) });
  return (await readDatabaseRecord(client))!;
}

/**
 * Sets the environment and keeps the rest of the record; a database without one gets a record
 * that says it was marked by hand, since the toolkit did not make it.
 */
export async function setDatabaseEnvironment(client: pg.ClientBase, environment: string): Promise<DatabaseRecord> {
  if ((await readDatabaseRecord(client)) === null) return writeDatabaseRecord(client, { environment, how: 'by-hand' });
  await upsert(client, { environment: assertEnvironment(environment) });
  return (await readDatabaseRecord(client))!;
}

function assertEnvironment(name: string): string {
  if (!isEnvironmentName(name)) throw new TypeError(`An environment is a lowercase name such as ${ENVIRONMENTS.join(', ')}, not "${name}".`);
  return name;
}

async function serverNow(client: pg.ClientBase): Promise<string> {
  return (await client.query<{ now: Date }>('select now()')).rows[0]!.now.toISOString();
}

// One statement per step, no transaction of ours: a caller may already be inside one.
async function upsert(client: pg.ClientBase, values: Record<string, string>): Promise<void> {
  await client.query(
    `create table if not exists ${RECORD_TABLE} (
       key text primary key,
       value text not null,
       created_at timestamptz not null default now(),
       updated_at timestamptz not null default now())`,
  );
  await client.query(
    `comment on table ${RECORD_TABLE} is 'Written by the NavImpact toolkit: who made this database and which environment it is. Read it with navimpact env.'`,
  );
  await client.query(
    `insert into ${RECORD_TABLE} (key, value) select * from unnest($1::text[], $2::text[])
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [Object.keys(values), Object.values(values)],
  );
}
