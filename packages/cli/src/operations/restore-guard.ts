import pg from 'pg';
import { databaseExists, withClient, withDatabase } from '@navimpact/server';
import { CliError } from '../errors.ts';

/**
 * The one question restore asks before it replaces a database: may it? Yes when the target does
 * not exist or holds no tables, or when forced; otherwise CliError.notEmpty. (The environment
 * record's production guard takes this place when it lands.)
 */
export async function assertMayOverwrite(serverUrl: string, database: string, force: boolean): Promise<void> {
  if (force || !(await databaseExists(serverUrl, database))) return;
  const tables = await withClient(withDatabase(serverUrl, database), async (client: pg.Client) => {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname <> 'information_schema' and n.nspname !~ '^pg_'`,
    );
    return Number(rows[0]!.n);
  });
  if (tables > 0) throw CliError.notEmpty(database, tables);
}
