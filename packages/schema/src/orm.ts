import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig, type ConfigOptions } from './config.ts';

/**
 * Opens MikroORM on the NavImpact schema. It needs nothing but a URL: an app that wants a clear
 * sentence for an unreachable server probes first (the CLI does, with @navimpact/server).
 *
 * @example
 * const orm = await createOrm({ url: process.env.DATABASE_URL });
 * const grants = await orm.em.fork().find(Grant, { status: 'open' });
 */
export async function createOrm(options: ConfigOptions & { url: string }): Promise<MikroORM> {
  return MikroORM.init(createConfig(options));
}
