import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { LEGACY_ARCHIVE_SCHEMA } from '@navimpact/schema/constants';

/** The schema of the adopted database that keeps every legacy row verbatim, and the ledger. */
export const ARCHIVE = LEGACY_ARCHIVE_SCHEMA;

/** One legacy table as copied: its name, its columns and how many rows came across. */
export interface CopiedTable {
  table: string;
  columns: string[];
  hasId: boolean;
  rows: number;
}

const COLUMNS_SQL = `
  select a.attname as name,
         case when t.typtype = 'e' then 'text' when et.typtype = 'e' then 'text[]' else format_type(a.atttypid, a.atttypmod) end as type
  from pg_attribute a join pg_type t on t.oid = a.atttypid left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
  where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`;

/**
 * Copies every table of the legacy database's current schema into `legacy_archive.<table>` of the
 * building database with COPY (no dblink or postgres_fdw needed): same columns, enum types as
 * text, no constraints. The legacy database is only read, in one repeatable-read snapshot.
 * `afterTable` runs after each table: where a cancelled adoption stops.
 */
export async function copyLegacyTables(
  legacy: pg.Client,
  building: pg.Client,
  tables: readonly string[],
  afterTable: () => Promise<void> = async () => {},
): Promise<CopiedTable[]> {
  await building.query(`create schema if not exists ${ARCHIVE}`);
  await legacy.query('begin transaction isolation level repeatable read read only');
  try {
    const copied: CopiedTable[] = [];
    for (const table of tables) {
      const { rows: columns } = await legacy.query<{ name: string; type: string }>(COLUMNS_SQL, [pg.escapeIdentifier(table)]);
      const target = `${ARCHIVE}.${pg.escapeIdentifier(table)}`;
      await building.query(`create table ${target} (${columns.map((c) => `${pg.escapeIdentifier(c.name)} ${c.type}`).join(', ')})`);
      const source = legacy.query(copyTo(`copy ${pg.escapeIdentifier(table)} to stdout`));
      const sink = building.query(copyFrom(`copy ${target} from stdin`));
      await pipeline(source, sink);
      copied.push({ table, columns: columns.map((c) => c.name), hasId: columns.some((c) => c.name === 'id'), rows: Number(sink.rowCount) });
      await afterTable();
    }
    return copied;
  } finally {
    await legacy.query('rollback');
  }
}
