import type { Orm, Query } from './db.ts';

/** A foreign key of one column, as pg_constraint has it. */
export interface ForeignKey {
  name: string;
  child: string;
  childColumn: string;
  parent: string;
  parentColumn: string;
}

/** A table of the public schema, with what the browser needs to page it and link it. */
export interface TableInfo {
  name: string;
  /** The entity class that maps it, from the ORM's metadata; none for the migrations table. */
  entity: string | undefined;
  columns: string[];
  primaryKey: string[];
  /** pg_class.reltuples: -1 when the table was never analysed. */
  estimate: number;
  pages: number;
  parents: ForeignKey[];
  children: ForeignKey[];
}

/** Below this estimate a table's rows are counted exactly; above, the planner's estimate is shown. */
export const EXACT_COUNT_LIMIT = 100_000;

/**
 * Every table of the public schema, read from pg_catalog (what the database has, whatever the
 * entities say), each named with the entity that maps it from the ORM's metadata.
 */
export async function readTables(orm: Orm, query: Query): Promise<Map<string, TableInfo>> {
  const entities = new Map([...orm.getMetadata()].filter((m) => m.tableName).map((m) => [m.tableName, m.className]));
  const tables = await query<{ name: string; estimate: number; pages: number; columns: string[]; primary_key: string[] | null }>(`
    select c.relname as name, c.reltuples::float8 as estimate, c.relpages as pages,
           (select array_agg(a.attname::text order by a.attnum) from pg_attribute a
             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
           (select array_agg(a.attname::text order by k.ord)
              from pg_constraint con cross join lateral unnest(con.conkey) with ordinality k(attnum, ord)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
             where con.conrelid = c.oid and con.contype = 'p') as primary_key
    from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
    order by c.relname`);
  const keys = await query<ForeignKey>(`
    select con.conname as name, ch.relname as child, ca.attname as "childColumn", pr.relname as parent, pa.attname as "parentColumn"
    from pg_constraint con
    join pg_class ch on ch.oid = con.conrelid
    join pg_class pr on pr.oid = con.confrelid
    join pg_attribute ca on ca.attrelid = con.conrelid and ca.attnum = con.conkey[1]
    join pg_attribute pa on pa.attrelid = con.confrelid and pa.attnum = con.confkey[1]
    where con.contype = 'f' and ch.relnamespace = 'public'::regnamespace and cardinality(con.conkey) = 1
    order by ch.relname, ca.attname`);
  return new Map(tables.map((t) => [t.name, {
    name: t.name,
    entity: entities.get(t.name),
    columns: t.columns,
    primaryKey: t.primary_key ?? [],
    estimate: t.estimate,
    pages: t.pages,
    parents: keys.filter((k) => k.child === t.name),
    children: keys.filter((k) => k.parent === t.name),
  }]));
}

/** A row count and how it was obtained. */
export interface RowCount {
  rows: number | null;
  exact: boolean;
}

/** Counts small tables exactly and takes the planner's estimate for big ones, so the list stays fast on millions of rows. */
export async function rowCount(query: Query, table: TableInfo): Promise<RowCount> {
  const small = table.estimate >= 0 ? table.estimate < EXACT_COUNT_LIMIT : table.pages < 1_000;
  if (small) {
    const [row] = await query<{ n: number }>(`select count(*)::int as n from ${quoteIdent(table.name)}`);
    return { rows: row!.n, exact: true };
  }
  return { rows: table.estimate >= 0 ? Math.round(table.estimate) : null, exact: false };
}

/** Quotes an identifier for SQL; the names come from pg_catalog, never from the request. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
