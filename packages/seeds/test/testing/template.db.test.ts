import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MigrationError, RECORD_TABLE } from '@navimpact/schema';
import { withDatabase } from '@navimpact/server';
import { resolveSeedOptions } from '../../src/options.ts';
import { ensureTemplate, type Populate } from '../../src/testing/index.ts';
import { connectAdmin } from '../../src/testing/_catalog.ts';
import { databasesOf, dropNamespace, freshNamespace, query, testServers } from './_servers.ts';

const servers = await testServers();
const SEED = resolveSeedOptions({ preset: 'minimal', seed: 42, date: '2026-07-01' });
// Inside the package, outside node_modules, so copied migrations still resolve @mikro-orm/migrations.
const CACHE = join(import.meta.dirname, '../../.cache');

/** A stand-in for seedDatabase that records its calls and writes one recognisable row. */
function recordingPopulate(): { calls: string[]; populate: Populate } {
  const calls: string[] = [];
  const populate: Populate = async (url, seed) => {
    calls.push(url);
    await query(url, 'insert into organisations (name, slug) values ($1, $2)', [`Seed ${seed.seed}`, `seed-${seed.seed}`]);
  };
  return { calls, populate };
}

async function migrationsCopy(edit: (file: string, source: string) => string): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const dir = await mkdtemp(join(CACHE, 'template-migrations-'));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
  const path = join(dir, file!);
  const source = await readFile(path, 'utf8');
  const edited = edit(file!, source);
  expect(edited).not.toBe(source);
  await writeFile(path, edited);
  return dir;
}

const withExtraStatement = (_: string, source: string): string =>
  source.replace(/(override up\(\): void \| Promise<void> \{\n)/, '$1    this.addSql(`select 1;`);\n');
const withFailure = (_: string, source: string): string =>
  source.replace('this.addSql(`create table "grants"', 'this.addSql(`select 1 / 0;`);\n    this.addSql(`create table "grants"');

describe.each(servers)('the template on $label', (server) => {
  const namespaces: string[] = [];
  const namespace = (): string => {
    const name = freshNamespace();
    namespaces.push(name);
    return name;
  };
  afterAll(async () => {
    for (const name of namespaces) await dropNamespace(server.url, name);
  });

  it('is built once, then reused without migrating or seeding again', async () => {
    const ns = namespace();
    const { calls, populate } = recordingPopulate();
    const first = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    const second = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    expect(first).toMatchObject({ built: true, name: expect.stringMatching(new RegExp(`^${ns}_tpl_[0-9a-f]{16}$`)) });
    expect(second).toMatchObject({ built: false, name: first.name, oid: first.oid, dropped: [] });
    expect(calls).toHaveLength(1);
    expect(await databasesOf(server.url, ns)).toEqual([first.name]);
    const [row] = await query<{ datistemplate: boolean; datallowconn: boolean }>(
      server.url, 'select datistemplate, datallowconn from pg_database where datname = $1', [first.name]);
    expect(row).toEqual({ datistemplate: true, datallowconn: false });
  });

  it('is rebuilt under a new name when a migration changes, and the stale one is dropped', async () => {
    const ns = namespace();
    const { populate } = recordingPopulate();
    const before = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    const migrationsDir = await migrationsCopy(withExtraStatement);
    try {
      const after = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate, migrationsDir });
      expect(after.built).toBe(true);
      expect(after.name).not.toBe(before.name);
      expect(after.dropped).toEqual([before.name]);
      expect(await databasesOf(server.url, ns)).toEqual([after.name]);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });

  it('stays while a run on older code still leases it, and goes once that run ends', async () => {
    const ns = namespace();
    const { populate } = recordingPopulate();
    const leasing = await connectAdmin(server.url);
    const old = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate }, leasing);
    const migrationsDir = await migrationsCopy(withExtraStatement);
    try {
      const newer = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate, migrationsDir });
      expect(newer.dropped).toEqual([]);
      expect(await databasesOf(server.url, ns)).toEqual([old.name, newer.name].sort());
      await leasing.end();
      const later = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate, migrationsDir });
      expect(later).toMatchObject({ built: false, dropped: [old.name] });
    } finally {
      await leasing.end().catch(() => {});
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });

  it('gets a sibling for other seed options, and keeps the first for the project that uses it', async () => {
    const ns = namespace();
    const { populate } = recordingPopulate();
    const seed42 = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    const seed7 = await ensureTemplate(server.url, { seed: { ...SEED, seed: 7 }, namespace: ns, populate });
    expect(seed7).toMatchObject({ built: true, dropped: [] });
    expect(seed7.name.slice(0, -8)).toBe(seed42.name.slice(0, -8));
    expect(await databasesOf(server.url, ns)).toEqual([seed42.name, seed7.name].sort());
  });

  it('is built once when two runs ask for it at the same moment', async () => {
    const ns = namespace();
    const { calls, populate } = recordingPopulate();
    const reports = await Promise.all([
      ensureTemplate(server.url, { seed: SEED, namespace: ns, populate }),
      ensureTemplate(server.url, { seed: SEED, namespace: ns, populate }),
    ]);
    expect(reports.map((r) => r.built).sort()).toEqual([false, true]);
    expect(reports[0]!.oid).toBe(reports[1]!.oid);
    expect(calls).toHaveLength(1);
  });

  it('fails with the migration error and leaves nothing that could be reused', async () => {
    const ns = namespace();
    const { calls, populate } = recordingPopulate();
    const migrationsDir = await migrationsCopy(withFailure);
    try {
      const failure = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate, migrationsDir }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(MigrationError);
      expect((failure as MigrationError).code).toBe('MIGRATION_FAILED');
      expect((failure as MigrationError).message).toMatch(/division by zero/);
      expect(calls).toEqual([]);
      expect(await databasesOf(server.url, ns)).toEqual([]);
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });

  it('never reuses a half-built template: a crashed build and an unmarked copy are rebuilt', async () => {
    const ns = namespace();
    const { calls, populate } = recordingPopulate();
    const { name } = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    // What a crash leaves: the build under its temporary name, and (by hand) the final name without a marker.
    await query(server.url, `alter database "${name}" is_template false`);
    await query(server.url, `drop database "${name}"`);
    await query(server.url, `create database "${name.replace('_tpl_', '_tplbuild_')}"`);
    await query(server.url, `create database "${name}"`);
    const report = await ensureTemplate(server.url, { seed: SEED, namespace: ns, populate });
    expect(report).toMatchObject({ name, built: true });
    expect(calls).toHaveLength(2);
    expect(await databasesOf(server.url, ns)).toEqual([name]);
  });

  it('holds what the real seeder writes for the minimal preset, and records itself as a test database', async () => {
    const ns = namespace();
    const { name } = await ensureTemplate(server.url, { seed: SEED, namespace: ns });
    await query(server.url, `alter database "${name}" allow_connections true`);
    try {
      const [row] = await query<{ users: number }>(withDatabase(server.url, name), 'select count(*)::int as users from users');
      expect(row!.users).toBe(6);
      const [record] = await query<{ environment: string; how: string }>(
        withDatabase(server.url, name),
        `select max(value) filter (where key = 'environment') as environment, max(value) filter (where key = 'made_how') as how from ${RECORD_TABLE}`,
      );
      expect(record).toEqual({ environment: 'test', how: 'test' });
    } finally {
      await query(server.url, `alter database "${name}" allow_connections false`);
    }
  });
});
