import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSeedOptions } from '../../src/options.ts';
import {
  claimThroughSetup,
  cloneTestDatabase,
  closeTestDatabase,
  ensureTemplate,
  openTestDatabase,
  postClaim,
  sendClaim,
  startClaimServer,
  startPool,
  testDatabaseName,
  type ProvidedTestDatabase,
} from '../../src/testing/index.ts';
import { databasesOf, dropNamespace, freshNamespace, testServers } from './_servers.ts';

const servers = await testServers();
const SEED = resolveSeedOptions({ preset: 'minimal', seed: 42, date: '2026-07-01' });

async function until(condition: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

describe.each(servers)('the pool of ready copies on $label', (server) => {
  const ns = freshNamespace();
  let base: ProvidedTestDatabase;

  beforeAll(async () => {
    const template = await ensureTemplate(server.url, { seed: SEED, namespace: ns });
    base = { serverUrl: server.url, template: template.name, cloneStrategy: template.cloneStrategy, namespace: ns, pool: null };
  });
  afterAll(() => dropNamespace(server.url, ns));

  it('fills up, hands out its copies by rename, refills, and drops what is left when stopped', async () => {
    const pool = startPool(server.url, { ...base, size: 2 });
    const pooled = async () => (await databasesOf(server.url, `${ns}_pool`)).length;
    try {
      await until(async () => (await pooled()) === 2);
      const waiting = await databasesOf(server.url, `${ns}_pool`);
      const db = await openTestDatabase({ ...base, pool: pool.prefix });
      expect(db.pooled).toBe(true);
      expect(db.name).toMatch(new RegExp(`^${ns}_test_${process.pid}_`));
      const [row] = await db.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from users');
      expect(Number(row!.n)).toBe(6);
      await until(async () => (await pooled()) === 2);
      expect(await databasesOf(server.url, `${ns}_pool`)).not.toEqual(waiting);
      await closeTestDatabase(server.url, db, { failed: false, keep: 'never' });
    } finally {
      await pool.stop();
    }
    expect(await databasesOf(server.url, ns)).toEqual([base.template]);
  });

  it('never gives one copy to two files claiming at once, and copies on demand when it runs dry', async () => {
    const pool = startPool(server.url, { ...base, size: 2 });
    try {
      await until(async () => (await databasesOf(server.url, `${ns}_pool`)).length === 2);
      const dbs = await Promise.all(Array.from({ length: 5 }, () => openTestDatabase({ ...base, pool: pool.prefix })));
      expect(new Set(dbs.map((db) => db.name)).size).toBe(5);
      expect(dbs.filter((db) => db.pooled).length).toBeGreaterThanOrEqual(2);
      expect(dbs.filter((db) => !db.pooled).length).toBeGreaterThanOrEqual(1);
      for (const db of dbs) await closeTestDatabase(server.url, db, { failed: false, keep: 'never' });
    } finally {
      await pool.stop();
    }
    expect(await databasesOf(server.url, ns)).toEqual([base.template]);
  });

  it('claims through the global setup\'s socket, only names of its namespace, and says when nobody listens any more', async () => {
    const pool = startPool(server.url, { ...base, size: 2 });
    const claims = await startClaimServer(server.url, { prefix: pool.prefix, namespace: ns });
    try {
      await until(async () => (await databasesOf(server.url, `${ns}_pool`)).length === 2);
      const db = await openTestDatabase({ ...base, pool: pool.prefix, claims: claims.address });
      expect(db.pooled).toBe(true);
      expect(db.name).toMatch(new RegExp(`^${ns}_test_${process.pid}_`));
      const [row] = await db.orm.em.getConnection().execute<{ comment: string }[]>(
        'select shobj_description(oid, \'pg_database\') as comment from pg_database where datname = current_database()',
      );
      expect(JSON.parse(row!.comment)).toMatchObject({ tool: 'navimpact-testdb', kind: 'test', pid: process.pid });
      await closeTestDatabase(server.url, db, { failed: false, keep: 'never' });
      expect(await claimThroughSetup(claims.address, testDatabaseName('other'), { pid: process.pid })).toBe(false);
    } finally {
      await claims.close();
      await pool.stop();
    }
    expect(await claimThroughSetup(claims.address, testDatabaseName(ns), { pid: process.pid })).toBeUndefined();
    expect(await databasesOf(server.url, ns)).toEqual([base.template]);
  });

  it('takes a claim sent ahead, and at the run\'s end drops the copies it handed out that nobody dropped or kept', async () => {
    const pool = startPool(server.url, { ...base, size: 2 });
    const claims = await startClaimServer(server.url, { prefix: pool.prefix, namespace: ns });
    let kept = '';
    try {
      await until(async () => (await databasesOf(server.url, `${ns}_pool`)).length === 2);
      const provided = { ...base, pool: pool.prefix, claims: claims.address };
      const [first, second] = [sendClaim(provided)!, sendClaim(provided)!];
      expect(first.name).toMatch(new RegExp(`^${ns}_test_${process.pid}_`));
      const db = await cloneTestDatabase(server.url, { ...provided, name: first.name, claimed: first.answer });
      expect(db).toMatchObject({ name: first.name, pooled: true });
      // The second file keeps its copy; a third, whose tests were all skipped, never reaches its hooks.
      const keeper = await cloneTestDatabase(server.url, { ...provided, name: second.name, claimed: second.answer });
      await closeTestDatabase(server.url, keeper, { failed: false, keep: 'always' });
      kept = keeper.name;
      await until(async () => (await databasesOf(server.url, `${ns}_pool`)).length === 2);
      const skipped = sendClaim(provided)!;
      expect(await skipped.answer).toBe(true);
      expect(await databasesOf(server.url, `${ns}_test`)).toEqual([first.name, second.name, skipped.name].sort());
    } finally {
      await claims.close();
      await pool.stop();
    }
    expect(await databasesOf(server.url, ns)).toEqual([base.template, kept].sort());
  });

  it('copies on demand when a claim sent ahead finds the pool empty', async () => {
    const pool = startPool(server.url, { ...base, size: 0 });
    const claims = await startClaimServer(server.url, { prefix: pool.prefix, namespace: ns });
    const provided = { ...base, pool: pool.prefix, claims: claims.address };
    const sent = sendClaim(provided)!;
    try {
      expect(await sent.answer).toBe(false);
      const db = await cloneTestDatabase(server.url, { ...provided, name: sent.name, claimed: sent.answer });
      expect(db).toMatchObject({ name: sent.name, pooled: false });
      await closeTestDatabase(server.url, db, { failed: false, keep: 'never' });
    } finally {
      await claims.close();
      await pool.stop();
    }
    expect(sendClaim({ ...base, pool: null })).toBeUndefined();
    expect(await databasesOf(server.url, ns)).not.toContain(sent.name);
  });

  it('claims from a posted file before any socket request, once per name, and drops that copy unused at the end', async () => {
    const pool = startPool(server.url, { ...base, size: 2 });
    const claims = await startClaimServer(server.url, { prefix: pool.prefix, namespace: ns });
    const name = testDatabaseName(ns);
    try {
      await until(async () => (await databasesOf(server.url, `${ns}_pool`)).length === 2);
      postClaim(claims.address, name, { pid: process.pid });
      postClaim(claims.address, testDatabaseName('other'), { pid: process.pid });
      await until(async () => (await databasesOf(server.url, `${ns}_test`)).includes(name));
      // A second rename to a name that exists would fail and answer false: true means the one claim was reused.
      expect(await claimThroughSetup(claims.address, name, { pid: process.pid })).toBe(true);
      expect(await databasesOf(server.url, 'other')).toEqual([]);
    } finally {
      await claims.close();
      await pool.stop();
    }
    expect(await databasesOf(server.url, ns)).not.toContain(name);
  });
});
