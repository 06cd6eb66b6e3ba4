import { randomBytes } from 'node:crypto';
import { createOrm, migrateUp } from '@navimpact/schema';
import { createDatabase, dropDatabase, withDatabase } from '@navimpact/server';
import { mainTestServer } from '@navimpact/server/testing';

/** A new, migrated, empty database on the tests' server; `drop` removes it. */
export async function migratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = (await mainTestServer()).url;
  const name = `navimpact_seedtest_${randomBytes(4).toString('hex')}`;
  await createDatabase(server, name);
  const url = withDatabase(server, name);
  const orm = await createOrm({ url });
  await migrateUp(orm).finally(() => orm.close());
  return { url, drop: () => dropDatabase(server, name) };
}
