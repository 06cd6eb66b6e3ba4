import pg from 'pg';
import { SEQUENCE_COLUMNS, USER_NAMESPACE, literal, notExtensionMember, sequenceClauses } from './_catalog.ts';
import type { SequenceOptions } from './_catalog.ts';

/**
 * The statements that must run before any table: schemas, extensions, types (enums, domains,
 * composites) and functions in creation order, and the sequences that are not identity columns'.
 * Read with search_path = pg_catalog, so every name the catalog functions print is qualified.
 */
export async function readPreData(client: pg.Client): Promise<string[]> {
  const statements = [...(await schemas(client)), ...(await extensions(client))];
  statements.push(...(await typesAndFunctions(client)));
  statements.push(...(await standaloneSequences(client)));
  return statements;
}

async function schemas(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select n.nspname as name from pg_namespace n where ${USER_NAMESPACE} and ${notExtensionMember('pg_namespace', 'n.oid')} order by 1`,
  );
  return rows.map((r) => `create schema if not exists ${pg.escapeIdentifier(r.name)}`);
}

async function extensions(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; schema: string }>(
    `select e.extname as name, n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
     where e.extname <> 'plpgsql' order by e.oid`,
  );
  return rows.map((r) => `create extension if not exists ${pg.escapeIdentifier(r.name)} with schema ${pg.escapeIdentifier(r.schema)}`);
}

interface TypeRow {
  oid: number;
  kind: string;
  name: string;
  labels: string[] | null;
  base: string | null;
  notnull: boolean;
  default: string | null;
  checks: string | null;
  attributes: string | null;
  definition: string | null;
}

// Creation order (oid) is an order in which every type and function's dependencies exist; function
// bodies are not checked at restore (check_function_bodies = off), as pg_dump does.
async function typesAndFunctions(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<TypeRow>(`
    select t.oid::int as oid, t.typtype::text as kind, format_type(t.oid, null) as name,
      (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as labels,
      case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as base, t.typnotnull as notnull, t.typdefault as default,
      (select string_agg(format('constraint %I %s', c.conname, pg_get_constraintdef(c.oid)), ' ' order by c.oid)
         from pg_constraint c where c.contypid = t.oid and c.contype = 'c') as checks,
      (select string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' order by a.attnum)
         from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) as attributes,
      null as definition
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where ${USER_NAMESPACE} and ${notExtensionMember('pg_type', 't.oid')}
      and (t.typtype in ('e', 'd') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))
    union all
    select p.oid::int, 'f', null, null, null, false, null, null, null, pg_get_functiondef(p.oid)
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where ${USER_NAMESPACE} and ${notExtensionMember('pg_proc', 'p.oid')} and p.prokind in ('f', 'p')
    order by oid`);
  return rows.map(typeStatement);
}

function typeStatement(t: TypeRow): string {
  if (t.kind === 'f') return t.definition!;
  if (t.kind === 'e') return `create type ${t.name} as enum (${(t.labels ?? []).map(literal).join(', ')})`;
  if (t.kind === 'c') return `create type ${t.name} as (${t.attributes ?? ''})`;
  const parts = [`create domain ${t.name} as ${t.base}`];
  if (t.default !== null) parts.push(`default ${t.default}`);
  if (t.notnull) parts.push('not null');
  if (t.checks) parts.push(t.checks);
  return parts.join(' ');
}

async function standaloneSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<SequenceOptions & { name: string }>(`
    select format('%I.%I', n.nspname, c.relname) as name, ${SEQUENCE_COLUMNS}
    from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
    where ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'i')
    order by c.oid`);
  return rows.map((s) => `create sequence ${s.name} ${sequenceClauses(s)}`);
}
