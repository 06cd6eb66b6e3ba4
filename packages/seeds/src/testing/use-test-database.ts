import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { claimTestDatabase, closeTestDatabase, createTestOrm, keepMode } from './ready-database.ts';
import { sendClaim, type TestDatabase } from './test-database.ts';

/** The test file's own database; read its fields inside hooks and tests, not at the top of the file. */
export interface TestDatabaseHandle {
  readonly name: string;
  readonly url: string;
  /** Made on first use, so a file that only needs `url` never pays for MikroORM's discovery. */
  readonly orm: MikroORM;
  /** A fresh fork for each test, so no identity map leaks from one test into the next. */
  readonly em: EntityManager;
}

/**
 * Gives the calling test file its own database, claimed from the run's pool (or cloned from the
 * seeded template) in beforeAll and dropped in afterAll (kept when NAVIMPACT_KEEP_TEST_DB asks, and
 * then named in the output). The claim is sent at once, so its round trip overlaps with Vitest
 * collecting the file; a copy claimed for a file whose tests all end up skipped is dropped when the
 * run ends. Its ORM is made when a hook or test first reads `orm` or `em`.
 *
 * @example
 * const db = useTestDatabase();
 * it('counts the users', async () => expect(await db.em.count(User)).toBe(6));
 */
export function useTestDatabase(options: { poolMax?: number } = {}): TestDatabaseHandle {
  const keep = keepMode();
  let ready: TestDatabase | undefined;
  let orm: MikroORM | undefined;
  let em: EntityManager | undefined;
  let inTest = false;
  let failed = false;
  const provided = inject('navimpactTestDatabase');
  const sent = provided ? sendClaim(provided) : undefined;

  beforeAll(async () => {
    if (!provided) {
      throw new Error(
        'useTestDatabase() found no template: add `globalSetup: [\'./vitest.setup.ts\']` to vitest.config.ts, '
          + 'with `export default navimpactGlobalSetup({ preset: \'minimal\' })` in vitest.setup.ts.',
      );
    }
    ready = await claimTestDatabase(provided, sent);
  });

  beforeEach((context) => {
    em = undefined;
    inTest = true;
    context.onTestFailed(() => void (failed = true));
  });

  afterAll(async () => {
    if (!ready || !provided) return;
    const db = { ...ready, orm };
    ready = undefined;
    orm = undefined;
    const message = await closeTestDatabase(provided.serverUrl, db, { failed, keep });
    if (message) console.warn(message);
  });

  function current(): TestDatabase {
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
      orm ??= createTestOrm(current().url, options);
      return orm;
    },
    get em() {
      if (!inTest) throw new Error('db.em is a fork per test: use it inside a test or a beforeEach, or fork db.orm.em yourself.');
      em ??= this.orm.em.fork();
      return em;
    },
  };
}
