import { RECORD_TABLE, isProduction, readDatabaseRecord } from '@navimpact/schema';
import type { DatabaseRecord } from '@navimpact/schema';
import { DbError, databaseName, withClient } from '@navimpact/server';
import type pg from 'pg';
import { CliError } from '../errors.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

/** What a database holds, as far as the guard cares: its record and its tables. */
export interface DatabaseFindings {
  record: DatabaseRecord | null;
  /** Its tables, views and foreign tables in every schema but the server's own (the record's table left out). */
  tables: string[];
}

/** The overrides of a destructive command: `--force` and `--force-production`. */
export interface DestroyOverrides {
  force: boolean;
  forceProduction: boolean;
}

// The server's own databases: destroying them breaks the server for everyone, not just us.
const SERVER_DATABASES = new Set([MAINTENANCE_DATABASE, 'template0', 'template1']);

const TABLES_SQL = `
  select case when n.nspname = current_schema() then c.relname else n.nspname || '.' || c.relname end as name
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p', 'v', 'm', 'f')
    and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
    and not (n.nspname = current_schema() and c.relname = $1)
    -- an extension's own tables (PostGIS's spatial_ref_sys, say) come with it, not with the data
    and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
  order by 1`;

/**
 * Refuses, before anything is written, to let a destructive command at a database that is not
 * ours to wipe: one of the server's own, one whose record says production (unless
 * --force-production), or one with tables and no NavImpact record (unless --force). A database
 * that does not exist yet, or has no tables, is fine: that is how `createdb` + `fresh` begins.
 * Returns the database's record, if it has one.
 */
export async function assertSafeToDestroy(url: string, command: string, overrides: DestroyOverrides): Promise<DatabaseRecord | null> {
  const database = databaseName(url);
  if (SERVER_DATABASES.has(database)) throw CliError.protectedDatabase(database);
  const found = await inspectDatabase(url);
  if (found === null) return null;
  if (isProduction(found.record) && !overrides.forceProduction) throw CliError.productionDatabase(database, command);
  if (found.record === null && found.tables.length > 0 && !overrides.force) throw CliError.notOurs(database, found.tables, command);
  return found.record;
}

/** The database's record and tables; null when the database does not exist. */
export async function inspectDatabase(url: string): Promise<DatabaseFindings | null> {
  try {
    return await withClient(url, readFindings);
  } catch (error) {
    if (error instanceof DbError && error.code === 'NO_DATABASE') return null;
    throw error;
  }
}

/** The same, on an open connection. */
export async function readFindings(client: pg.Client): Promise<DatabaseFindings> {
  const record = await readDatabaseRecord(client);
  const { rows } = await client.query<{ name: string }>(TABLES_SQL, [RECORD_TABLE]);
  return { record, tables: rows.map((row) => row.name) };
}
