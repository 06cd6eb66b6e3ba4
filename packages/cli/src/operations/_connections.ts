import { createOrm } from '@navimpact/schema';
import { connectTimeoutMs, probeDatabase } from '@navimpact/server';
import type { MikroORM } from '@mikro-orm/postgresql';

/** Opens an ORM on the URL for one piece of work and always closes it. */
export async function withOrm<T>(url: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  // The probe turns an unreachable server, a wrong password or a missing database into one
  // DbError with its hint, instead of a pool error from deep inside the ORM.
  await probeDatabase(url);
  // Two connections: the commands run one statement at a time.
  const orm = await createOrm({ url, poolMax: 2, connectTimeoutMs: connectTimeoutMs(url) });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}
