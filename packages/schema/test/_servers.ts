import { randomUUID } from 'node:crypto';
import {
  createDatabase,
  dropDatabase,
  embeddedServerOptions,
  embeddedServerUrl,
  probeDatabase,
  startEmbeddedServer,
  withDatabase,
} from '../src/index.ts';

/** A PostgreSQL server the tests run against; `url` points at its maintenance database. */
export interface TestServer {
  label: string;
  url: string;
}

const SYSTEM_PG = process.env.NAVIMPACT_SECOND_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The main server (DATABASE_URL's, else the embedded PostgreSQL 18) and, when it answers, the
 * machine's own PostgreSQL as a second version to prove the schema on.
 */
export async function testServers(): Promise<TestServer[]> {
  const main = await mainServer();
  const servers: TestServer[] = [{ ...main, label: `${main.label} (PostgreSQL ${await majorVersion(main.url)})` }];
  try {
    servers.push({ label: `system (PostgreSQL ${await majorVersion(SYSTEM_PG)})`, url: SYSTEM_PG });
  } catch {
    console.warn(`No PostgreSQL answers at ${SYSTEM_PG}: these tests run on the ${main.label} server only.`);
  }
  return servers;
}

async function mainServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) return { label: 'DATABASE_URL', url: withDatabase(process.env.DATABASE_URL, 'postgres') };
  const options = embeddedServerOptions();
  await startEmbeddedServer(options);
  return { label: 'embedded', url: embeddedServerUrl(options) };
}

async function majorVersion(url: string): Promise<number> {
  const { serverVersionNum } = await probeDatabase(url);
  return Math.floor(serverVersionNum / 10000);
}

/** Creates an empty database on the server, hands its URL to `fn`, and drops it afterwards. */
export async function withScratchDatabase<T>(server: TestServer, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `navimpact_test_${randomUUID().slice(0, 8)}`;
  await createDatabase(server.url, name);
  try {
    return await fn(withDatabase(server.url, name));
  } finally {
    await dropDatabase(server.url, name);
  }
}
