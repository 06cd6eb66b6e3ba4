import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig } from '@navimpact/schema';
import { DbError, connectTimeoutMs, redactUrl } from '@navimpact/server';
import type { ProvidedTestDatabase } from './global-setup.ts';
import { cloneTestDatabase, dropTestDatabase, keepTestDatabase, type SentClaim, type TestDatabase } from './test-database.ts';

/** A test file's cloned database with a connected ORM. */
export interface ReadyDatabase extends TestDatabase {
  orm: MikroORM;
}

/** When to keep a test database instead of dropping it: NAVIMPACT_KEEP_TEST_DB=1 always, =failed after a failure. */
export type KeepMode = 'never' | 'always' | 'failed';

/** Reads NAVIMPACT_KEEP_TEST_DB; a value it does not know is a DbError naming the accepted ones. */
export function keepMode(env: NodeJS.ProcessEnv = process.env): KeepMode {
  const value = (env.NAVIMPACT_KEEP_TEST_DB ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no'].includes(value)) return 'never';
  if (['1', 'true', 'yes', 'always'].includes(value)) return 'always';
  if (value === 'failed') return 'failed';
  throw DbError.badOption('NAVIMPACT_KEEP_TEST_DB', value, '1 (keep every test database), failed (keep those of failing files) or 0');
}

/** Takes a copy of the template for this test file: claimed from the pool (or by a claim already sent), or copied now. */
export function claimTestDatabase(provided: ProvidedTestDatabase, sent?: SentClaim): Promise<TestDatabase> {
  const { serverUrl, template, cloneStrategy, namespace, pool, claims } = provided;
  return cloneTestDatabase(serverUrl, { template, cloneStrategy, namespace, pool, claims, name: sent?.name, claimed: sent?.answer });
}

/**
 * An ORM on a test database, made synchronously: the entities are classes already in memory, so
 * MikroORM's sync discovery finds them without `MikroORM.init`'s probing imports of optional
 * packages (the seeder, the entity generator). It connects on its first query.
 */
export function createTestOrm(url: string, options: { poolMax?: number } = {}): MikroORM {
  // ensureDatabase off: the copy exists, and MikroORM's check would cost a query on the first connection.
  return new MikroORM(createConfig({ url, poolMax: options.poolMax ?? 2, connectTimeoutMs: connectTimeoutMs(url), ensureDatabase: false }));
}

/**
 * Takes a copy of the template (from the pool, or copied now) and connects an ORM to it; the first
 * connection is opened here, not in a test. `useTestDatabase` makes its ORM only when a test asks.
 */
export async function openTestDatabase(provided: ProvidedTestDatabase, options: { poolMax?: number } = {}): Promise<ReadyDatabase> {
  const cloned = await claimTestDatabase(provided);
  let orm: MikroORM | undefined;
  try {
    orm = createTestOrm(cloned.url, options);
    await orm.em.getConnection().execute('select 1');
    return { ...cloned, orm };
  } catch (error) {
    await orm?.close(true);
    await dropTestDatabase(provided.serverUrl, cloned.name);
    throw error;
  }
}

/**
 * Closes the ORM (when one was made) and drops the database, or keeps it when asked to; returns the line to print,
 * naming a kept database or saying how to keep a failed file's one.
 */
export async function closeTestDatabase(
  serverUrl: string,
  db: TestDatabase & { orm?: MikroORM },
  outcome: { failed: boolean; keep: KeepMode },
): Promise<string | undefined> {
  await db.orm?.close(true);
  if (outcome.keep === 'always' || (outcome.keep === 'failed' && outcome.failed)) {
    await keepTestDatabase(serverUrl, db.name);
    return `kept test database ${db.name} at ${redactUrl(db.url)} (drop it with: drop database "${db.name}")`;
  }
  await dropTestDatabase(serverUrl, db.name);
  if (outcome.failed) return `dropped test database ${db.name}; run again with NAVIMPACT_KEEP_TEST_DB=failed to keep it for inspection`;
  return undefined;
}
