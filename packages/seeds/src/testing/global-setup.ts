import type pg from 'pg';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_DIR, MigrationError } from '@navimpact/schema';
import { DbError, embeddedServerOptions, isServerNotReady, embeddedServerUrl, startEmbeddedServer, withDatabase } from '@navimpact/server';
import { SeedError } from '../errors.ts';
import { resolveSeedOptions, type RawSeedOptions } from '../options.ts';
import { DEFAULT_NAMESPACE, connectAdmin } from './_catalog.ts';
import { ensureTemplate, type CloneStrategy, type TemplateReport } from './template.ts';
import { startPool } from './pool.ts';
import { startClaimServer } from './pool-claims.ts';
import { templateKey } from './template-key.ts';
import { dropLeftoverTestDatabases } from './test-database.ts';

const DEFAULT_POOL_SIZE = 4;

/** What the global setup hands every test file through Vitest's `provide`/`inject`. */
export interface ProvidedTestDatabase {
  /** The server's maintenance database, where test databases are created and dropped. */
  serverUrl: string;
  template: string;
  cloneStrategy: CloneStrategy;
  namespace: string;
  /** The name prefix of the run's pool of ready copies; null without a pool. */
  pool: string | null;
  /** The socket on which the global setup claims the pool's copies for test files; absent, they claim for themselves. */
  claims?: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    navimpactTestDatabase: ProvidedTestDatabase;
  }
}

/** The seed options of the template, plus where its migrations come from. */
export interface TestDatabaseSetupOptions extends RawSeedOptions {
  migrationsDir?: string;
  namespace?: string;
  /** Copies of the template kept ready in the background (default 4); 0 makes every file copy its own. */
  poolSize?: number;
}

/** What preparing the run did, and how to end the run's lease on its template. */
export interface PreparedTestDatabases {
  provided: ProvidedTestDatabase;
  template: TemplateReport;
  /** The crashed runs' databases dropped in the background; settled before `release` ends. */
  leftoversDropped: Promise<string[]>;
  ms: number;
  /** Ends the session that leases the template; call it when the run is over. */
  release: () => Promise<void>;
}

/**
 * A Vitest global setup: finds or starts the server, builds the seeded template once (reused
 * while migrations, seed code and options are unchanged), provides it to every test file, and
 * keeps a pool of ready copies for them in the background.
 *
 * @example
 * // vitest.setup.ts, listed in `test.globalSetup`
 * export default navimpactGlobalSetup({ preset: 'minimal', seed: 42, date: '2026-07-01' });
 */
export function navimpactGlobalSetup(options: TestDatabaseSetupOptions = {}) {
  return async (project: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> => {
    const prepared = await prepareTestDatabases(options).catch((error: unknown) => {
      throw withoutStack(error);
    });
    const { serverUrl, namespace, template, cloneStrategy } = prepared.provided;
    const size = options.poolSize ?? DEFAULT_POOL_SIZE;
    // Fills in the background while Vitest starts its workers.
    const pool = size > 0 ? startPool(serverUrl, { template, cloneStrategy, namespace, size }) : undefined;
    const claims = pool ? await startClaimServer(serverUrl, { prefix: pool.prefix, namespace }) : undefined;
    project.provide('navimpactTestDatabase', { ...prepared.provided, pool: pool?.prefix ?? null, claims: claims?.address ?? null });
    return async () => {
      await claims?.close();
      await pool?.stop();
      // Files whose worker crashed never reached their afterAll.
      await dropLeftoverTestDatabases(serverUrl, namespace);
      await prepared.release();
    };
  };
}

/**
 * The work of the global setup without Vitest: server, leftovers, template, over one admin
 * connection, which stays open as the run's lease on the template until `release`.
 */
export async function prepareTestDatabases(
  options: TestDatabaseSetupOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<PreparedTestDatabases> {
  const startedAt = performance.now();
  const { migrationsDir, namespace = DEFAULT_NAMESPACE, poolSize: _poolSize, ...raw } = options;
  const seed = resolveSeedOptions(raw);
  // Hashing the migrations and seed code overlaps with connecting.
  const [{ serverUrl, client }, key] = await Promise.all([
    connectServer(env),
    templateKey(namespace, { seed, migrationsDir: migrationsDir ?? MIGRATIONS_DIR }),
  ]);
  try {
    const template = await ensureTemplate(serverUrl, { seed, namespace, migrationsDir, key }, client);
    // Crashed runs' leftovers are dropped while the test files start, off the hand-over's path.
    const leftoversDropped = dropLeftoverTestDatabases(serverUrl, namespace, client).catch(() => []);
    const release = async () => {
      await leftoversDropped;
      await client.end().catch(() => {});
    };
    const provided = { serverUrl, template: template.name, cloneStrategy: template.cloneStrategy, namespace, pool: null };
    return { provided, template, leftoversDropped, ms: Math.round(performance.now() - startedAt), release };
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/**
 * The test server's maintenance database: DATABASE_URL's server when set, else the embedded
 * server, started only when it does not answer. An unreachable server is one DbError with a hint.
 */
export async function connectServer(env: NodeJS.ProcessEnv = process.env): Promise<{ serverUrl: string; client: pg.Client }> {
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) {
    const serverUrl = withDatabase(fromEnv, 'postgres');
    return { serverUrl, client: await connectAdmin(serverUrl) };
  }
  const options = embeddedServerOptions(env);
  try {
    const serverUrl = embeddedServerUrl(options);
    return { serverUrl, client: await connectAdmin(serverUrl) };
  } catch (error) {
    // Not listening, or another process is starting it right now (57P03): the start below waits for it under its lock.
    if (!isServerNotReady(error)) throw error;
    await startEmbeddedServer(options);
    // Read after the start: a brand-new data folder gets its secret there.
    const serverUrl = embeddedServerUrl(options);
    return { serverUrl, client: await connectAdmin(serverUrl) };
  }
}

// Vitest prints a failed global setup with its stack; for a known error, message + hint is the whole story.
function withoutStack(error: unknown): unknown {
  if (!(error instanceof DbError || error instanceof MigrationError || error instanceof SeedError)) return error;
  const plain = new Error(`${error.message} ${error.hint}`);
  plain.name = error.name;
  plain.stack = `${plain.name}: ${plain.message}`;
  return Object.assign(plain, { code: error.code });
}
