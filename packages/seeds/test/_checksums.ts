import pg from 'pg';
import { MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';

/** An md5 of every table's rows in id order (all columns, timestamps included), keyed by table; the tools' bookkeeping tables are left out. */
export async function tableChecksums(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      'select tablename as name from pg_tables where schemaname = current_schema() and not (tablename = any($1)) order by 1',
      [[MIGRATIONS_TABLE, RECORD_TABLE]],
    );
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const table = pg.escapeIdentifier(name);
      const { rows } = await client.query<{ sum: string }>(`select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from ${table} t`);
      sums[name] = rows[0]!.sum;
    }
    return sums;
  } finally {
    await client.end();
  }
}
