import { MIGRATIONS_TABLE, isProduction } from '@navimpact/schema';
import type { DatabaseRecord } from '@navimpact/schema';
import { databaseName } from '@navimpact/server';
import { CliError } from '../../errors.ts';
import { assertNotServerDatabase } from '../_protected.ts';
import { inspectDatabase } from '../guard.ts';
import type { DestroyOverrides } from '../guard.ts';

/** What adopt found before writing anything: the record to keep, and whether there was nothing to adopt. */
export interface Adoptable {
  record: DatabaseRecord | null;
  empty: boolean;
}

/**
 * Is the database one adopt may take: legacy NavImpact or empty, not adopted, not production
 * unless forced? Throws the refusal in one sentence; reads only.
 */
export async function assertAdoptable(url: string, overrides: DestroyOverrides): Promise<Adoptable> {
  assertNotServerDatabase(url, 'adopt');
  const database = databaseName(url);
  const found = await inspectDatabase(url);
  if (found === null) throw CliError.notLegacy(database, ['the database does not exist']);
  if (found.record?.how === 'adopt' || found.tables.includes(MIGRATIONS_TABLE)) throw CliError.alreadyAdopted(database);
  if (isProduction(found.record) && !overrides.forceProduction) throw CliError.productionDatabase(database, 'adopt');
  const legacy = found.tables.includes('alembic_version') || (found.tables.includes('users') && found.tables.includes('grants'));
  if (!legacy && found.tables.length > 0) throw CliError.notLegacy(database, found.tables);
  return { record: found.record, empty: found.tables.length === 0 };
}
