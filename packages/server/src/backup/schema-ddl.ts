import type pg from 'pg';
import { DbError } from '../errors.ts';
import { readPostData, readSequenceValues, unsupportedObjects } from './post-data.ts';
import type { PostData } from './post-data.ts';
import { readPreData } from './pre-data.ts';
import { readTables } from './tables.ts';
import type { TableDef } from './tables.ts';

/** A database's schema as statements, in the order a restore runs them around the data. */
export interface SchemaDdl extends PostData {
  /** Schemas, extensions, types, functions, sequences: before any table. */
  pre: string[];
  /** Each table's CREATE TABLE by "schema.name", run just before its data. */
  tables: Record<string, string>;
  /** setval for every sequence, after the data. */
  sequenceValues: string[];
}

/** The key of a table in SchemaDdl.tables. */
export function tableKey(table: { schema: string; name: string }): string {
  return `${table.schema}.${table.name}`;
}

/**
 * Reconstructs the schema from pg_catalog, the way pg_dump does: on the caller's snapshot and with
 * search_path = pg_catalog so every name comes out qualified. Throws DbError.unsupportedObjects
 * rather than leave out an object it cannot recreate.
 */
export async function readSchemaDdl(client: pg.Client): Promise<{ ddl: SchemaDdl; tables: TableDef[] }> {
  const unsupported = await unsupportedObjects(client);
  if (unsupported.length > 0) throw DbError.unsupportedObjects(unsupported);
  const pre = await readPreData(client);
  const tables = await readTables(client);
  const post = await readPostData(client, tables.map((t) => t.oid));
  const sequenceValues = await readSequenceValues(client);
  const creates = Object.fromEntries(tables.map((t) => [tableKey(t), t.create]));
  return { ddl: { pre, tables: creates, sequenceValues, ...post }, tables };
}
