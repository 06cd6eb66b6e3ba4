import type pg from 'pg';
import { MIGRATIONS_TABLE } from './config.ts';
import { RECORD_TABLE } from './database-record.ts';

/** An index the V2 plan requires, found by its definition rather than trusted by name. */
interface RequiredIndex {
  name: string;
  table: string;
  columns: string[];
  predicate?: string;
}

/** The plan's performance indexes (phase 3), with the columns each must cover in order. */
export const PLAN_INDEXES: readonly RequiredIndex[] = [
  // The plan's single-column sector and place indexes, widened with the deadline the finder sorts by.
  { name: 'ix_grants_industry_focus_deadline', table: 'grants', columns: ['industry_focus', 'deadline'] },
  { name: 'ix_grants_location_eligibility_deadline', table: 'grants', columns: ['location_eligibility', 'deadline'] },
  { name: 'ix_grants_status_deadline', table: 'grants', columns: ['status', 'deadline'] },
  { name: 'ix_grants_deadline', table: 'grants', columns: ['deadline'], predicate: '(deadline IS NOT NULL)' },
  { name: 'ix_tasks_assigned_to_id_status', table: 'tasks', columns: ['assigned_to_id', 'status'] },
  { name: 'ix_projects_owner_id_status', table: 'projects', columns: ['owner_id', 'status'] },
];

interface ColumnRow { table: string; column: string; type: string; notnull: boolean; default: string | null; identity: string }
interface ForeignKeyRow { table: string; name: string; columns: string[] }
interface IndexRow { table: string; name: string; columns: string[]; predicate: string | null }
interface PrimaryKeyRow { table: string; columns: string[] }

/** What the live catalog says about every table of the current schema. */
interface Catalog { tables: string[]; columns: ColumnRow[]; foreignKeys: ForeignKeyRow[]; indexes: IndexRow[]; primaryKeys: PrimaryKeyRow[] }

// The tools' bookkeeping tables follow their tools' layout, not the plan's.
const TOOL_TABLES = new Set([MIGRATIONS_TABLE, RECORD_TABLE]);

const COLUMNS_SQL = `
  select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
         a.attnotnull as notnull, pg_get_expr(d.adbin, d.adrelid) as default, a.attidentity as identity
  from pg_attribute a
  join pg_class c on c.oid = a.attrelid and c.relkind in ('r', 'p')
  left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
  where c.relnamespace = current_schema()::regnamespace and a.attnum > 0 and not a.attisdropped`;

const CONSTRAINTS_SQL = `
  select c.relname as table, k.conname as name, k.contype as kind,
         array(select a.attname from unnest(k.conkey) with ordinality u(n, i)
               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i)::text[] as columns
  from pg_constraint k join pg_class c on c.oid = k.conrelid
  where c.relnamespace = current_schema()::regnamespace and k.contype in ('f', 'p')`;

const INDEXES_SQL = `
  select c.relname as table, i.relname as name, pg_get_expr(x.indpred, x.indrelid) as predicate,
         array(select coalesce(a.attname, '(expression)') from unnest(x.indkey::int2[]) with ordinality u(n, i)
               left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.n order by u.i)::text[] as columns
  from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
  where c.relnamespace = current_schema()::regnamespace`;

/** Reads tables, columns, keys and indexes of the connected database's current schema. */
export async function readCatalog(client: pg.Client): Promise<Catalog> {
  const columns = (await client.query<ColumnRow>(COLUMNS_SQL)).rows.filter((c) => !TOOL_TABLES.has(c.table));
  const constraints = (await client.query<ForeignKeyRow & { kind: string }>(CONSTRAINTS_SQL)).rows;
  const indexes = (await client.query<IndexRow>(INDEXES_SQL)).rows.filter((i) => !TOOL_TABLES.has(i.table));
  return {
    tables: [...new Set(columns.map((c) => c.table))].sort(),
    columns,
    foreignKeys: constraints.filter((k) => k.kind === 'f'),
    primaryKeys: constraints.filter((k) => k.kind === 'p' && !TOOL_TABLES.has(k.table)),
    indexes,
  };
}

/**
 * Checks a migrated database against the plan's conventions, from pg_catalog alone, and returns
 * one line per offender (empty when it conforms).
 */
export async function findConventionViolations(client: pg.Client): Promise<string[]> {
  const catalog = await readCatalog(client);
  return [
    ...standardColumnViolations(catalog),
    ...foreignKeyViolations(catalog),
    ...unindexedForeignKeys(catalog),
    ...missingPlanIndexes(catalog),
  ];
}

function column(catalog: Catalog, table: string, name: string): ColumnRow | undefined {
  return catalog.columns.find((c) => c.table === table && c.column === name);
}

function standardColumnViolations(catalog: Catalog): string[] {
  const found: string[] = [];
  for (const table of catalog.tables) {
    for (const name of ['created_at', 'updated_at']) {
      const c = column(catalog, table, name);
      const ok = c?.type === 'timestamp with time zone' && c.notnull && c.default === 'now()';
      if (!ok) found.push(`${table}.${name}: must be timestamptz not null default now()`);
    }
    if (!isLinkTable(catalog, table)) {
      const id = column(catalog, table, 'id');
      const pk = catalog.primaryKeys.find((k) => k.table === table);
      const ok = id?.type === 'integer' && id.identity !== '' && pk?.columns.join() === 'id';
      if (!ok) found.push(`${table}.id: must be an integer identity primary key`);
    }
  }
  return found;
}

// A pure link table (grant_tags) is keyed by the pair of foreign keys it links.
function isLinkTable(catalog: Catalog, table: string): boolean {
  const pk = catalog.primaryKeys.find((k) => k.table === table);
  if (!pk || pk.columns.length < 2) return false;
  const fkColumns = catalog.foreignKeys.filter((k) => k.table === table).flatMap((k) => k.columns);
  return pk.columns.every((c) => fkColumns.includes(c));
}

function foreignKeyViolations(catalog: Catalog): string[] {
  const found: string[] = [];
  for (const c of catalog.columns.filter((col) => col.column.endsWith('_id'))) {
    const fk = catalog.foreignKeys.find((k) => k.table === c.table && k.columns.length === 1 && k.columns[0] === c.column);
    const expected = `fk_${c.table}_${c.column}`;
    if (!fk) found.push(`${c.table}.${c.column}: is not a foreign key`);
    else if (fk.name !== expected) found.push(`${c.table}.${c.column}: foreign key is named ${fk.name}, expected ${expected}`);
  }
  return found;
}

function unindexedForeignKeys(catalog: Catalog): string[] {
  return catalog.foreignKeys
    .filter((fk) => !catalog.indexes.some((ix) => ix.table === fk.table && leads(ix.columns, fk.columns) && !ix.predicate))
    .map((fk) => `${fk.table}.${fk.columns.join(', ')}: foreign key ${fk.name} has no index that it leads`);
}

function leads(indexColumns: string[], leading: string[]): boolean {
  return leading.every((col, i) => indexColumns[i] === col);
}

function missingPlanIndexes(catalog: Catalog): string[] {
  return PLAN_INDEXES.filter(
    (want) =>
      !catalog.indexes.some(
        (ix) =>
          ix.name === want.name &&
          ix.table === want.table &&
          ix.columns.join() === want.columns.join() &&
          (ix.predicate ?? undefined) === want.predicate,
      ),
  ).map((want) => `${want.table}: plan index ${want.name} (${want.columns.join(', ')}) is missing`);
}
