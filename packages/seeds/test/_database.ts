import { randomUUID } from 'node:crypto';
import {
  createDatabase,
  createOrm,
  dropDatabase,
  embeddedServerOptions,
  embeddedServerUrl,
  migrateUp,
  startEmbeddedServer,
  withDatabase,
} from '@navimpact/schema';

/** The server the seed tests use: DATABASE_URL's, else the embedded one. */
export async function testServerUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return withDatabase(process.env.DATABASE_URL, 'postgres');
  const options = embeddedServerOptions();
  await startEmbeddedServer(options);
  return embeddedServerUrl(options);
}

/** A new, migrated, empty database; `drop` removes it. */
export async function migratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = await testServerUrl();
  const name = `navimpact_seedtest_${randomUUID().slice(0, 8)}`;
  await createDatabase(server, name);
  const url = withDatabase(server, name);
  const orm = await createOrm({ url });
  await migrateUp(orm).finally(() => orm.close());
  return { url, drop: () => dropDatabase(server, name) };
}
