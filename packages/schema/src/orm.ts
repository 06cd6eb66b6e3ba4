import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig, type ConfigOptions } from './config.ts';
import { probeDatabase } from './server/database-url.ts';

/**
 * Connects to the database first with a plain probe, so an unreachable server, a wrong password
 * or a missing database is one clear DbError rather than a pool error deep inside the ORM.
 *
 * @example
 * const orm = await createOrm({ url: process.env.DATABASE_URL });
 * const grants = await orm.em.fork().find(Grant, { status: 'open' });
 */
export async function createOrm(options: ConfigOptions & { url: string }): Promise<MikroORM> {
  await probeDatabase(options.url);
  return MikroORM.init(createConfig(options));
}
