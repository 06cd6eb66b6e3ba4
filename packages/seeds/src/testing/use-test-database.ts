import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { closeTestDatabase, keepMode, openTestDatabase, type ReadyDatabase } from './ready-database.ts';

/** The test file's own database; read its fields inside hooks and tests, not at the top of the file. */
export interface TestDatabaseHandle {
  readonly name: string;
  readonly url: string;
  readonly orm: MikroORM;
  /** A fresh fork for each test, so no identity map leaks from one test into the next. */
  readonly em: EntityManager;
}

/**
 * Gives the calling test file its own database, cloned from the seeded template in beforeAll and
 * dropped in afterAll (kept when NAVIMPACT_KEEP_TEST_DB asks, and then named in the output).
 *
 * @example
 * const db = useTestDatabase();
 * it('counts the users', async () => expect(await db.em.count(User)).toBe(6));
 */
export function useTestDatabase(options: { poolMax?: number } = {}): TestDatabaseHandle {
  const keep = keepMode();
  let ready: ReadyDatabase | undefined;
  let em: EntityManager | undefined;
  let failed = false;

  beforeAll(async () => {
    const provided = inject('navimpactTestDatabase');
    if (!provided) {
      throw new Error(
        'useTestDatabase() found no template: add `globalSetup: [\'./vitest.setup.ts\']` to vitest.config.ts, '
          + 'with `export default navimpactGlobalSetup({ preset: \'minimal\' })` in vitest.setup.ts.',
      );
    }
    ready = await openTestDatabase(provided, options);
  });

  beforeEach((context) => {
    em = current().orm.em.fork();
    context.onTestFailed(() => void (failed = true));
  });

  afterAll(async () => {
    if (!ready) return;
    const db = ready;
    ready = undefined;
    const message = await closeTestDatabase(inject('navimpactTestDatabase').serverUrl, db, { failed, keep });
    if (message) console.warn(message);
  });

  function current(): ReadyDatabase {
    if (!ready) throw new Error('The test database is ready only inside hooks and tests, after beforeAll.');
    return ready;
  }

  return {
    get name() {
      return current().name;
    },
    get url() {
      return current().url;
    },
    get orm() {
      return current().orm;
    },
    get em() {
      if (!em) throw new Error('db.em is a fork per test: use it inside a test or a beforeEach, or fork db.orm.em yourself.');
      return em;
    },
  };
}
