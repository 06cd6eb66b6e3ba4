import { databaseName } from '@navimpact/server';
import { withScratchDatabase } from '@navimpact/server/testing';
import { query } from './_cli.ts';

/** The names adopt may leave beside a database: its copy being built and the legacy database it keeps. */
export const besides = (url: string) => [`${databaseName(url)}__building`, `${databaseName(url)}__legacy`];

/** A scratch database for an adoption test; the helper drops it, and this drops what adopt put beside it. */
export async function scratchLegacy<T>(server: string, fn: (url: string) => Promise<T>, prefix = 'navimpact_adopt'): Promise<T> {
  return withScratchDatabase(server, async (url) => {
    try {
      return await fn(url);
    } finally {
      for (const name of besides(url)) await query(server, `drop database if exists "${name}" with (force)`);
    }
  }, prefix);
}

/** Which of the databases adopt may leave beside `url` exist on `server`. */
export async function leftBeside(server: string, url: string): Promise<string[]> {
  const rows = await query<{ datname: string }>(server, 'select datname from pg_database where datname = any($1) order by 1', [besides(url)]);
  return rows.map((r) => r.datname);
}

/** The ledger row of one legacy row (or list element). */
export const ledgerRow = (url: string, table: string, id: string) =>
  query<{ fate: string; v2_table: string | null; v2_id: number | null; reason: string | null }>(url,
    'select fate, v2_table, v2_id, reason from legacy_archive.adoption_ledger where legacy_table = $1 and legacy_id = $2', [table, id]).then((r) => r[0]);
