import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { MIGRATIONS_DIR, migrateUp } from '@navimpact/schema';
import { createDatabase, dropDatabase, probeDatabase, withDatabase } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { withOrm } from './_connections.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

/** The migration written, or nulls when the entities already match the migrations. */
export interface CreatedMigration {
  fileName: string | null;
  path: string | null;
}

const NAME_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/**
 * Writes the migration that takes the existing migrations to the current entities, diffed on a
 * scratch database of the target's server, so the target itself is neither read nor changed.
 */
export async function createMigration(url: string, name: string): Promise<CreatedMigration> {
  if (!NAME_PATTERN.test(name)) throw CliError.badName(name);
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  await probeDatabase(serverUrl);
  const scratch = `navimpact_migration_${randomBytes(4).toString('hex')}`;
  await createDatabase(serverUrl, scratch);
  try {
    return await withOrm(withDatabase(url, scratch), async (orm) => {
      await migrateUp(orm);
      // The name becomes part of the class name, and MikroORM records the file name: keep them equal.
      const result = await orm.migrator.create(undefined, false, false, name.replaceAll('-', '_'));
      if (!result.fileName) return { fileName: null, path: null };
      return { fileName: result.fileName, path: path.join(MIGRATIONS_DIR, result.fileName) };
    });
  } finally {
    await dropDatabase(serverUrl, scratch);
  }
}
