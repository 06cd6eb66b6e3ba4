import { withClient } from './databases.ts';

/** A database described for comparison: every table's row count and checksum, and its schema's definitions. */
export interface DatabaseFingerprint {
  tables: Record<string, { rows: number; md5: string }>;
  schema: Record<string, string[]>;
}

const USER = `not in ('information_schema') and %s !~ '^pg_'`;
const user = (column: string) => `${column} ${USER.replace('%s', column)}`;

// Each query lists one kind of definition as sortable lines; together they say "same schema".
const SCHEMA_QUERIES: Record<string, string> = {
  columns: `select format('%s.%s %s %s %s %s %s %s', table_schema, table_name, column_name, data_type, is_nullable, column_default, is_identity, generation_expression)
    from information_schema.columns where ${user('table_schema')}`,
  constraints: `select format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) from pg_constraint
    where connamespace in (select oid from pg_namespace where ${user('nspname')}) and contype <> 'n'`,
  indexes: `select format('%s %s', schemaname, indexdef) from pg_indexes where ${user('schemaname')}`,
  sequences: `select format('%s.%s %s %s %s %s %s', schemaname, sequencename, data_type, start_value, increment_by, last_value, cycle) from pg_sequences where ${user('schemaname')}`,
  comments: `select format('%s %s %s', classoid::regclass, objsubid, description) from pg_description d
    where classoid = 'pg_class'::regclass and objoid in (select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${user('n.nspname')})`,
  views: `select format('%s.%s %s', schemaname, viewname, definition) from pg_views where ${user('schemaname')}`,
  triggers: `select pg_get_triggerdef(oid) from pg_trigger where not tgisinternal`,
  types: `select format('%s %s', t.oid::regtype, (select string_agg(enumlabel, ',' order by enumsortorder) from pg_enum where enumtypid = t.oid))
    from pg_type t join pg_namespace n on n.oid = t.typnamespace where ${user('n.nspname')} and t.typtype in ('e', 'd')`,
};

/**
 * Row counts, an md5 of every table's rows (as text, sorted, so tables without a key compare too)
 * and the schema's definitions: equal fingerprints mean a lossless round trip.
 */
export async function databaseFingerprint(url: string): Promise<DatabaseFingerprint> {
  return withClient(url, async (client) => {
    await client.query("set timezone = 'UTC'; set extra_float_digits = 3; set datestyle = 'ISO, YMD'");
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', schemaname, tablename) as name from pg_tables where ${user('schemaname')} order by 1`,
    );
    const fingerprint: DatabaseFingerprint = { tables: {}, schema: {} };
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string; md5: string }>(
        `select count(*) as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), '')) as md5 from ${name} t`,
      );
      fingerprint.tables[name] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 };
    }
    for (const [kind, sql] of Object.entries(SCHEMA_QUERIES)) {
      const { rows } = await client.query<{ line: string }>(`select line from (${sql}) as q(line) order by 1`);
      fingerprint.schema[kind] = rows.map((r) => r.line);
    }
    return fingerprint;
  });
}
