import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * The SQL that would bring the database in line with the entities; empty when they agree.
 * A migrated database with drift means an entity changed without a migration.
 */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  return sql.trim();
}
