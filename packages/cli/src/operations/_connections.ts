import pg from 'pg';
import { createOrm } from '@navimpact/schema';
import type { MikroORM } from '@mikro-orm/postgresql';

/** Opens an ORM on the URL for one piece of work and always closes it. */
export async function withOrm<T>(url: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  // Two connections: the commands run one statement at a time.
  const orm = await createOrm({ url, poolMax: 2 });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/** Opens a plain `pg` client for catalog queries the ORM has no API for, and always closes it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A dropped connection can emit 'error' after the work is done; unheard, it would crash the process.
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
