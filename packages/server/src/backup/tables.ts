import pg from 'pg';
import { SEQUENCE_COLUMNS, USER_NAMESPACE, notExtensionMember, qualified, sequenceClauses } from './_catalog.ts';
import type { SequenceOptions } from './_catalog.ts';

/** A table as the backup carries it: its name, the columns COPY moves, and its CREATE TABLE. */
export interface TableDef {
  oid: number;
  schema: string;
  name: string;
  columns: string[];
  create: string;
}

interface ColumnRow {
  table: number;
  name: string;
  type: string;
  notnull: boolean;
  identity: string;
  generated: string;
  default: string | null;
  collation: string | null;
}

type IdentityRow = SequenceOptions & { table: number; column: number; attname: string; sequence: string };

/**
 * The user's ordinary tables (in schema and name order) with their columns, defaults, identity
 * sequences (name and options kept), generated columns and validated checks; keys and indexes come after the data.
 */
export async function readTables(client: pg.Client): Promise<TableDef[]> {
  const { rows: tables } = await client.query<{ oid: number; schema: string; name: string; unlogged: boolean }>(`
    select c.oid::int as oid, n.nspname as schema, c.relname as name, c.relpersistence = 'u' as unlogged
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and not c.relispartition and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    order by n.nspname, c.relname`);
  const oids = tables.map((t) => t.oid);
  const { rows: columns } = await client.query<ColumnRow>(
    `select a.attrelid::int as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as notnull,
       a.attidentity::text as identity, a.attgenerated::text as generated, pg_get_expr(d.adbin, d.adrelid) as default,
       case when a.attcollation <> t.typcollation then
         (select format('%I.%I', cn.nspname, co.collname) from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation)
       end as collation
     from pg_attribute a join pg_type t on t.oid = a.atttypid
     left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attrelid = any($1) and a.attnum > 0 and not a.attisdropped
     order by a.attrelid, a.attnum`,
    [oids],
  );
  const { rows: identities } = await client.query<IdentityRow>(
    `select d.refobjid::int as table, a.attname, format('%I.%I', n.nspname, c.relname) as sequence, ${SEQUENCE_COLUMNS}
     from pg_depend d join pg_class c on c.oid = d.objid join pg_namespace n on n.oid = c.relnamespace
     join pg_sequence s on s.seqrelid = c.oid
     join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
     where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype = 'i' and d.refobjid = any($1)`,
    [oids],
  );
  // Validated checks go inside CREATE TABLE, as pg_dump does: checked row by row as COPY loads, not
  // by one more scan of the table each afterwards. NOT VALID ones are added after the data.
  const { rows: checks } = await client.query<{ table: number; sql: string }>(
    `select co.conrelid::int as table, format('constraint %I %s', co.conname, pg_get_constraintdef(co.oid)) as sql
     from pg_constraint co where co.conrelid = any($1) and co.contype = 'c' and co.convalidated order by co.conname`,
    [oids],
  );
  const identityOf = new Map(identities.map((i) => [`${i.table}/${i.attname}`, i]));
  return tables.map((t) => {
    const own = columns.filter((c) => c.table === t.oid);
    const definitions = own.map((c) => columnDefinition(c, identityOf.get(`${t.oid}/${c.name}`)));
    definitions.push(...checks.filter((c) => c.table === t.oid).map((c) => c.sql));
    const create = `create ${t.unlogged ? 'unlogged ' : ''}table ${qualified(t.schema, t.name)} (${definitions.join(', ')})`;
    // Generated columns are computed by the server on load; COPY refuses them.
    const copied = own.filter((c) => c.generated === '').map((c) => c.name);
    return { oid: t.oid, schema: t.schema, name: t.name, columns: copied, create };
  });
}

function columnDefinition(c: ColumnRow, identity: IdentityRow | undefined): string {
  const parts = [pg.escapeIdentifier(c.name), c.type];
  if (c.collation) parts.push(`collate ${c.collation}`);
  if (c.generated !== '') {
    parts.push(`generated always as (${c.default}) ${c.generated === 'v' ? 'virtual' : 'stored'}`);
  } else if (c.identity !== '' && identity) {
    const kind = c.identity === 'a' ? 'always' : 'by default';
    parts.push(`generated ${kind} as identity (sequence name ${identity.sequence} ${sequenceClauses(identity, false)})`);
  } else if (c.default !== null) {
    parts.push(`default ${c.default}`);
  }
  if (c.notnull) parts.push('not null');
  return parts.join(' ');
}
