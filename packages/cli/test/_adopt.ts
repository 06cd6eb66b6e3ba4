import { databaseName } from '@navimpact/server';
import { withScratchDatabase } from '@navimpact/server/testing';
import { query } from './_cli.ts';

/** A scratch database for a legacy build; the helper drops it, and this drops the `<db>__legacy` adoption keeps. */
export async function scratchLegacy<T>(server: string, fn: (url: string) => Promise<T>, prefix = 'navimpact_adopt'): Promise<T> {
  return withScratchDatabase(server, async (url) => {
    try {
      return await fn(url);
    } finally {
      await query(server, `drop database if exists "${databaseName(url)}__legacy" with (force)`);
    }
  }, prefix);
}

/** The ledger row of one legacy row (or list element). */
export const ledgerRow = (url: string, table: string, id: string) =>
  query<{ fate: string; v2_table: string | null; v2_id: number | null; reason: string | null }>(url,
    'select fate, v2_table, v2_id, reason from legacy_archive.adoption_ledger where legacy_table = $1 and legacy_id = $2', [table, id]).then((r) => r[0]);
