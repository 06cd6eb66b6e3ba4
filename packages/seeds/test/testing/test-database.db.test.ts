import { execFile } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_TABLE } from '@navimpact/schema';
import { resolveSeedOptions } from '../../src/options.ts';
import {
  closeTestDatabase,
  dropLeftoverTestDatabases,
  ensureTemplate,
  openTestDatabase,
  type ProvidedTestDatabase,
} from '../../src/testing/index.ts';
import { databasesOf, dropNamespace, freshNamespace, query, testServers } from './_servers.ts';

const servers = await testServers();
const SEED = resolveSeedOptions({ preset: 'minimal', seed: 42, date: '2026-07-01' });
const run = promisify(execFile);

describe.each(servers)('test databases on $label', (server) => {
  const ns = freshNamespace();
  let provided: ProvidedTestDatabase;

  beforeAll(async () => {
    const template = await ensureTemplate(server.url, { seed: SEED, namespace: ns });
    provided = { serverUrl: server.url, template: template.name, cloneStrategy: template.cloneStrategy, namespace: ns, pool: null };
  });
  afterAll(() => dropNamespace(server.url, ns));

  it('are seeded copies of the template, isolated from each other', async () => {
    const [a, b] = await Promise.all([openTestDatabase(provided), openTestDatabase(provided)]);
    try {
      expect(a.name).toMatch(new RegExp(`^${ns}_test_${process.pid}_\\d+_[a-z0-9]{6}$`));
      expect(a.name).not.toBe(b.name);
      const count = async (db: typeof a, table: string): Promise<number> =>
        Number((await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0]!.n);
      expect([await count(a, 'users'), await count(b, 'users')]).toEqual([6, 6]);
      const organisations = await count(b, 'organisations');
      await a.orm.em.getConnection().execute(`insert into organisations (name, slug) values ('Only in A', 'only-in-a')`);
      expect(await count(a, 'organisations')).toBe(organisations + 1);
      expect(await count(b, 'organisations')).toBe(organisations);
      const [record] = await a.orm.em.getConnection().execute<{ value: string }[]>(`select value from ${RECORD_TABLE} where key = 'environment'`);
      expect(record?.value, 'a clone carries the template\'s record').toBe('test');
    } finally {
      for (const db of [a, b]) await closeTestDatabase(server.url, db, { failed: false, keep: 'never' });
    }
    expect(await databasesOf(server.url, `${ns}_test`)).toEqual([]);
  });

  it('are kept on request, named in the output, and left alone by the cleanup', async () => {
    const db = await openTestDatabase(provided);
    const message = await closeTestDatabase(server.url, db, { failed: true, keep: 'failed' });
    expect(message).toMatch(new RegExp(`^kept test database ${db.name} at postgres://`));
    expect(message).not.toMatch(/:navimpact@/);
    expect(await dropLeftoverTestDatabases(server.url, ns)).toEqual([]);
    expect(await databasesOf(server.url, `${ns}_test`)).toEqual([db.name]);
    await query(server.url, `drop database "${db.name}"`);
  });

  it('are dropped after a passing file even with keep=failed, and a failing file says how to keep them', async () => {
    const passing = await openTestDatabase(provided);
    expect(await closeTestDatabase(server.url, passing, { failed: false, keep: 'failed' })).toBeUndefined();
    const failing = await openTestDatabase(provided);
    expect(await closeTestDatabase(server.url, failing, { failed: true, keep: 'never' })).toMatch(/NAVIMPACT_KEEP_TEST_DB=failed/);
    expect(await databasesOf(server.url, `${ns}_test`)).toEqual([]);
  });

  it('left by a crashed run are dropped by the next, while live and foreign ones stay', async () => {
    const child = await run(process.execPath, [join(import.meta.dirname, '_crashing-run.ts'), server.url, provided.template, ns]).catch(
      (error: { stdout: string }) => error,
    );
    const crashed = child.stdout.trim().split('\n');
    expect(crashed[1]).toMatch(new RegExp(`^${ns}_pool_`));
    const live = await openTestDatabase(provided);
    const foreign = `${ns}_test_1_1_abcdef`;
    const ancient = `${ns}_test_2_1_abcdef`;
    for (const [name, createdAt] of [[foreign, new Date()], [ancient, new Date(Date.now() - 2 * 86_400_000)]] as const) {
      await query(server.url, `create database "${name}" template "${provided.template}"`);
      const marker = { tool: 'navimpact-testdb', kind: 'test', host: `not-${hostname()}`, pid: 1, at: createdAt };
      await query(server.url, `comment on database "${name}" is '${JSON.stringify(marker)}'`);
    }
    try {
      expect(await databasesOf(server.url, ns)).toEqual(expect.arrayContaining(crashed));
      expect((await dropLeftoverTestDatabases(server.url, ns)).sort()).toEqual([ancient, ...crashed].sort());
      expect(await databasesOf(server.url, `${ns}_test`)).toEqual([foreign, live.name].sort());
      expect(await databasesOf(server.url, `${ns}_pool`)).toEqual([]);
    } finally {
      await closeTestDatabase(server.url, live, { failed: false, keep: 'never' });
    }
  });
});
