import { LOCKS, isProduction } from '@navimpact/schema';
import { connectClient, databaseName, withDatabase } from '@navimpact/server';
import { CliError } from '../../errors.ts';
import { assertNotServerDatabase, MAINTENANCE_DATABASE } from '../_protected.ts';
import { legacyName, swapInto } from '../_swap.ts';
import { inspectDatabase } from '../guard.ts';
import type { DestroyOverrides } from '../guard.ts';

/**
 * Gives the legacy database back: `<db>__legacy` takes the real name in one transaction and the
 * adopted database is dropped. Refused when there is no kept legacy database, or when the adopted
 * one is recorded as production and `forceProduction` is not set.
 */
export async function undoAdoption(url: string, overrides: DestroyOverrides): Promise<string> {
  assertNotServerDatabase(url, 'adopt --undo');
  const database = databaseName(url);
  const legacy = legacyName(database);
  const admin = await connectClient(withDatabase(url, MAINTENANCE_DATABASE));
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    const { rowCount } = await admin.query('select from pg_database where datname = $1', [legacy]);
    if (!rowCount) throw CliError.nothingToUndo(database, legacy);
    const found = await inspectDatabase(url);
    if (isProduction(found?.record ?? null) && !overrides.forceProduction) throw CliError.productionDatabase(database, 'adopt --undo');
    await swapInto(admin, database, undefined, { from: legacy });
    return legacy;
  } finally {
    await admin.end().catch(() => {});
  }
}
