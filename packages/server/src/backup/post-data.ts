import pg from 'pg';
import { USER_NAMESPACE, notExtensionMember } from './_catalog.ts';

/** What runs after the data: per-table keys, checks and indexes, then foreign keys, then the rest. */
export interface PostData {
  /** Primary, unique and exclusion constraints and NOT VALID checks, one list per table (tables may build in parallel). */
  perTable: string[][];
  /** The other indexes, each a job of its own: CREATE INDEX takes a lock that lets others build beside it on the same table. */
  indexes: string[];
  /** Foreign keys, once every key they point at exists; order-free because all data is in. */
  foreignKeys: string[];
  /** Sequence ownership and values, views, triggers, comments. */
  finish: string[];
}

/** Reads everything that is built after the data, for the given tables (oids). */
export async function readPostData(client: pg.Client, tableOids: number[]): Promise<PostData> {
  const { rows: keys } = await client.query<{ table: number; sql: string; kind: string }>(
    `select co.conrelid::int as table, co.contype::text as kind,
       format('alter table %s add constraint %I %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid)) as sql
     from pg_constraint co where co.conrelid = any($1) and co.contype in ('p', 'u', 'x', 'c', 'f') and (co.contype <> 'c' or not co.convalidated)
     order by co.conrelid, position(co.contype::text in 'puxcf'), co.conname`,
    [tableOids],
  );
  const { rows: indexes } = await client.query<{ table: number; sql: string }>(
    `select i.indrelid::int as table, pg_get_indexdef(i.indexrelid) as sql from pg_index i
     where i.indrelid = any($1) and not exists (select 1 from pg_constraint co where co.conindid = i.indexrelid and co.conrelid = i.indrelid and co.contype in ('p', 'u', 'x'))
     order by i.indrelid, i.indexrelid`,
    [tableOids],
  );
  const perTable = tableOids.map((oid) => keys.filter((k) => k.table === oid && k.kind !== 'f').map((k) => k.sql));
  const foreignKeys = keys.filter((k) => k.kind === 'f').map((k) => k.sql);
  const finish = [...(await sequenceOwnership(client)), ...(await views(client)), ...(await triggers(client, tableOids)), ...(await comments(client))];
  return { perTable: perTable.filter((list) => list.length > 0), indexes: indexes.map((i) => i.sql), foreignKeys, finish };
}

/** The current value of every sequence (identity ones included), read in the backup's snapshot. */
export async function readSequenceValues(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ sql: string }>(
    `select format('select pg_catalog.setval(%L, %s, %s)', format('%I.%I', s.schemaname, s.sequencename),
       coalesce(s.last_value, s.start_value), case when s.last_value is null then 'false' else 'true' end) as sql
     from pg_sequences s where s.schemaname <> 'information_schema' and s.schemaname !~ '^pg_' order by 1`,
  );
  return rows.map((r) => r.sql);
}

async function sequenceOwnership(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ sql: string }>(`
    select format('alter sequence %s owned by %s.%I', c.oid::regclass, d.refobjid::regclass, a.attname) as sql
    from pg_depend d join pg_class c on c.oid = d.objid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype = 'a'
      and c.relkind = 'S' and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    order by 1`);
  return rows.map((r) => r.sql);
}

async function views(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ sql: string }>(`
    select case c.relkind
      when 'v' then format('create view %s%s as %s', c.oid::regclass,
        case when c.reloptions is not null then format(' with (%s)', array_to_string(c.reloptions, ', ')) else '' end,
        rtrim(pg_get_viewdef(c.oid), ';'))
      else format('create materialized view %s as %s with data', c.oid::regclass, rtrim(pg_get_viewdef(c.oid), ';')) end as sql
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm') and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    order by c.oid`);
  return rows.map((r) => r.sql);
}

async function triggers(client: pg.Client, tableOids: number[]): Promise<string[]> {
  const { rows } = await client.query<{ sql: string }>(
    'select pg_get_triggerdef(t.oid) as sql from pg_trigger t where t.tgrelid = any($1) and not t.tgisinternal order by t.oid',
    [tableOids],
  );
  return rows.map((r) => r.sql);
}

// Comments on every kind of object the backup recreates; the database's own comment stays with the database.
async function comments(client: pg.Client): Promise<string[]> {
  const relation = `case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence' when 'i' then 'index' else 'table' end`;
  const { rows } = await client.query<{ sql: string }>(`
    select format('comment on %s %s is %L', ${relation}, c.oid::regclass, d.description) as sql
    from pg_description d join pg_class c on d.classoid = 'pg_class'::regclass and d.objoid = c.oid and d.objsubid = 0
    join pg_namespace n on n.oid = c.relnamespace where ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    union all
    select format('comment on column %s.%I is %L', c.oid::regclass, a.attname, d.description)
    from pg_description d join pg_class c on d.classoid = 'pg_class'::regclass and d.objoid = c.oid
    join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid
    join pg_namespace n on n.oid = c.relnamespace where d.objsubid > 0 and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    union all
    select case when co.conrelid <> 0 then format('comment on constraint %I on %s is %L', co.conname, co.conrelid::regclass, d.description)
      else format('comment on constraint %I on domain %s is %L', co.conname, format_type(co.contypid, null), d.description) end
    from pg_description d join pg_constraint co on d.classoid = 'pg_constraint'::regclass and d.objoid = co.oid
    join pg_namespace n on n.oid = co.connamespace where ${USER_NAMESPACE}
    union all
    select format('comment on %s %s is %L', case t.typtype when 'd' then 'domain' else 'type' end, format_type(t.oid, null), d.description)
    from pg_description d join pg_type t on d.classoid = 'pg_type'::regclass and d.objoid = t.oid
    join pg_namespace n on n.oid = t.typnamespace where ${USER_NAMESPACE} and ${notExtensionMember('pg_type', 't.oid')}
    union all
    select format('comment on schema %I is %L', n.nspname, d.description)
    from pg_description d join pg_namespace n on d.classoid = 'pg_namespace'::regclass and d.objoid = n.oid where ${USER_NAMESPACE}
    union all
    select format('comment on %s %s is %L', case p.prokind when 'p' then 'procedure' else 'function' end, p.oid::regprocedure, d.description)
    from pg_description d join pg_proc p on d.classoid = 'pg_proc'::regclass and d.objoid = p.oid
    join pg_namespace n on n.oid = p.pronamespace where ${USER_NAMESPACE} and ${notExtensionMember('pg_proc', 'p.oid')}
    union all
    select format('comment on trigger %I on %s is %L', tg.tgname, tg.tgrelid::regclass, d.description)
    from pg_description d join pg_trigger tg on d.classoid = 'pg_trigger'::regclass and d.objoid = tg.oid
    join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace where ${USER_NAMESPACE}
    order by 1`);
  return rows.map((r) => r.sql);
}

/** The objects in the database that a backup would silently lose; backup refuses when there are any. */
export async function unsupportedObjects(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ what: string }>(`
    select format('%s %s', case when c.relkind = 'f' then 'foreign table' else 'partitioned table' end, c.oid::regclass) as what
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where (c.relkind in ('p', 'f') or c.relispartition) and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    union all select format('inherited table %s', i.inhrelid::regclass) from pg_inherits i
      join pg_class c on c.oid = i.inhrelid where not c.relispartition
    union all select format('row security policy %I on %s', p.polname, p.polrelid::regclass) from pg_policy p
    union all select format('rule %I on %s', r.rulename, r.ev_class::regclass) from pg_rewrite r
      join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
      where r.rulename <> '_RETURN' and ${USER_NAMESPACE} and ${notExtensionMember('pg_class', 'c.oid')}
    union all select format('aggregate %s', p.oid::regprocedure) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prokind in ('a', 'w') and ${USER_NAMESPACE} and ${notExtensionMember('pg_proc', 'p.oid')}
    union all select format('type %s', format_type(t.oid, null)) from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where (t.typtype in ('r', 'm') or (t.typtype = 'b' and t.typcategory <> 'A')) and ${USER_NAMESPACE} and ${notExtensionMember('pg_type', 't.oid')}
    union all select format('%s large object(s)', count(*)) from pg_largeobject_metadata having count(*) > 0
    order by 1`);
  return rows.map((r) => r.what);
}
