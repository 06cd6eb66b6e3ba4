import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig } from '@navimpact/schema';
import { DbError, connectTimeoutMs, redactUrl, withDatabase } from '@navimpact/server';
import type { ProvidedTestDatabase } from './global-setup.ts';
import { cloneTestDatabase, dropTestDatabase, keepTestDatabase, testDatabaseName, type TestDatabase } from './test-database.ts';

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

/**
 * Takes a copy of the template (from the pool, or copied now) and connects an ORM to it. MikroORM
 * connects lazily, so its entity discovery runs meanwhile; the first connection is opened here, not in a test.
 */
export async function openTestDatabase(provided: ProvidedTestDatabase, options: { poolMax?: number } = {}): Promise<ReadyDatabase> {
  const { serverUrl, template, cloneStrategy, namespace, pool } = provided;
  const name = testDatabaseName(namespace);
  const url = withDatabase(serverUrl, name);
  const [cloned, orm] = await Promise.allSettled([
    cloneTestDatabase(serverUrl, { template, cloneStrategy, namespace, name, pool }),
    MikroORM.init(createConfig({ url, poolMax: options.poolMax ?? 2, connectTimeoutMs: connectTimeoutMs(url) })),
  ]);
  try {
    if (cloned.status === 'rejected') throw cloned.reason;
    if (orm.status === 'rejected') throw orm.reason;
    await orm.value.em.getConnection().execute('select 1');
    return { ...cloned.value, orm: orm.value };
  } catch (error) {
    if (orm.status === 'fulfilled') await orm.value.close(true);
    if (cloned.status === 'fulfilled') await dropTestDatabase(serverUrl, name);
    throw error;
  }
}

/**
 * Closes the ORM and drops the database, or keeps it when asked to; returns the line to print,
 * naming a kept database or saying how to keep a failed file's one.
 */
export async function closeTestDatabase(
  serverUrl: string,
  db: ReadyDatabase,
  outcome: { failed: boolean; keep: KeepMode },
): Promise<string | undefined> {
  await db.orm.close(true);
  if (outcome.keep === 'always' || (outcome.keep === 'failed' && outcome.failed)) {
    await keepTestDatabase(serverUrl, db.name);
    return `kept test database ${db.name} at ${redactUrl(db.url)} (drop it with: drop database "${db.name}")`;
  }
  await dropTestDatabase(serverUrl, db.name);
  if (outcome.failed) return `dropped test database ${db.name}; run again with NAVIMPACT_KEEP_TEST_DB=failed to keep it for inspection`;
  return undefined;
}
