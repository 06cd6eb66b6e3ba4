import { migrateDown, migrateUp } from '@navimpact/schema';
import type { MigrationReport } from '@navimpact/schema';
import { withOrm } from './_connections.ts';

/** Applies every pending migration to the database; `applied` is empty when it was up to date. */
export async function migrateDatabase(url: string): Promise<MigrationReport> {
  return withOrm(url, (orm) => migrateUp(orm));
}

/** Reverts the last applied migration, or all of them; `applied` lists the reverted ones. */
export async function rollbackDatabase(url: string, options: { all: boolean }): Promise<MigrationReport> {
  return withOrm(url, (orm) => migrateDown(orm, { all: options.all }));
}
