import { migrateDown, migrateUp } from '@navimpact/schema';
import type { DatabaseRecord, MigrationReport } from '@navimpact/schema';
import { withOrm } from './_connections.ts';
import { inspectDatabase } from './guard.ts';
import { DEFAULT_ENVIRONMENT, recordDatabase } from './record.ts';

/** What `migrate` did, and the record it wrote when the database was empty and had none. */
export interface MigrateReport extends MigrationReport {
  recorded: DatabaseRecord | null;
}

/**
 * Applies every pending migration to the database; `applied` is empty when it was up to date. A
 * database that had no tables and no record is the toolkit's from here on: it gets a record
 * (development), which `env:set` changes. One that already held tables is never claimed.
 */
export async function migrateDatabase(url: string): Promise<MigrateReport> {
  const before = await inspectDatabase(url);
  const { applied } = await withOrm(url, (orm) => migrateUp(orm));
  const unclaimed = before !== null && before.record === null && before.tables.length === 0;
  const recorded = unclaimed && applied.length > 0 ? await recordDatabase(url, 'migrate', DEFAULT_ENVIRONMENT) : null;
  return { applied, recorded };
}

/** Reverts the last applied migration, or all of them; `applied` lists the reverted ones. */
export async function rollbackDatabase(url: string, options: { all: boolean }): Promise<MigrationReport> {
  return withOrm(url, (orm) => migrateDown(orm, { all: options.all }));
}
