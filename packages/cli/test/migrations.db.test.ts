import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';
import { redactUrl, withDatabase } from '@navimpact/server';
import { SERVER, cli, query, userTables, withScratchDatabase } from './_cli.ts';

const migrationNames = async () => (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

describe('url', () => {
  it('prints the DATABASE_URL, password included, and nothing else', async () => {
    const url = 'postgres://someone:s3cret@127.0.0.1:5432/somewhere';
    expect(await cli(['url'], { DATABASE_URL: url })).toEqual({ code: 0, out: [url], err: [] });
  });
});

describe('migrate and rollback', () => {
  it('applies the migrations, then says it is up to date', async () => {
    await withScratchDatabase(async (url) => {
      const names = await migrationNames();
      expect(await cli(['migrate'], { DATABASE_URL: url })).toEqual({
        code: 0,
        out: [...names.map((n) => `applied ${n}`), 'recorded as the development environment (change it with `navimpact env:set <name>`)'],
        err: [],
      });
      expect(await cli(['migrate'], { DATABASE_URL: url })).toEqual({ code: 0, out: ['Already up to date.'], err: [] });
      expect(await userTables(url, [MIGRATIONS_TABLE])).toContain('grants');
    });
  });

  it('reverts the last migration, then every one with --all', async () => {
    await withScratchDatabase(async (url) => {
      const names = await migrationNames();
      const env = { DATABASE_URL: url };
      await cli(['migrate'], env);
      expect((await cli(['rollback'], env)).out).toEqual([`reverted ${names.at(-1)}`]);
      await cli(['migrate'], env);
      expect((await cli(['rollback', '--all'], env)).out).toEqual(names.toReversed().map((n) => `reverted ${n}`));
      // The record is the toolkit's, not a migration's: it outlives the rollback.
      expect(await userTables(url, [MIGRATIONS_TABLE, RECORD_TABLE])).toEqual([]);
      expect(await cli(['rollback', '--all'], env)).toEqual({ code: 0, out: ['Nothing to roll back.'], err: [] });
    });
  });

  it('never creates a missing DATABASE_URL database', async () => {
    const url = withDatabase(SERVER, 'navimpact_cli_test_absent');
    const { code, err } = await cli(['migrate'], { DATABASE_URL: url });
    expect(code).toBe(1);
    expect(err[0]).toBe(`error: The database in ${redactUrl(url)} does not exist.`);
    expect(await query(SERVER, `select 1 from pg_database where datname = 'navimpact_cli_test_absent'`)).toEqual([]);
  });
});

describe('check', () => {
  it('passes on a migrated database', async () => {
    await withScratchDatabase(async (url) => {
      await cli(['migrate'], { DATABASE_URL: url });
      const { code, out } = await cli(['check'], { DATABASE_URL: url });
      expect(out.filter((line) => /^[✓✗–] /.test(line)).map((line) => line.slice(0, 1))).toEqual(['✓', '✓', '✓', '✓', '✓']);
      expect(code).toBe(0);
    });
  });

  it('fails on an unmigrated database, lists what is pending, and writes nothing', async () => {
    await withScratchDatabase(async (url) => {
      const { code, out } = await cli(['check'], { DATABASE_URL: url });
      expect(code).toBe(1);
      const names = await migrationNames();
      expect(out).toContain(`✗ migrations: ${names.length} migration${names.length === 1 ? '' : 's'} pending`);
      for (const name of names) expect(out).toContain(`    ${name}`);
      expect(await query(url, `select 1 from pg_tables where schemaname = current_schema()`)).toEqual([]);
    });
  });

  it('reports an unreachable server as a failed check', async () => {
    const { code, out } = await cli(['check'], { DATABASE_URL: 'postgres://u:secret@127.0.0.1:1/x' });
    expect(code).toBe(1);
    expect(out).toContain('✗ server: No PostgreSQL server answers at postgres://u:***@127.0.0.1:1/x.');
  });
});

describe('a DATABASE_URL with its password in the query', () => {
  it('reaches the server with every client (the ORM too), and no command prints the password', async () => {
    await withScratchDatabase(async (url) => {
      const parsed = new URL(url);
      const password = decodeURIComponent(parsed.password);
      parsed.password = '';
      parsed.searchParams.set('password', password);
      const env = { DATABASE_URL: parsed.toString() };
      const runs = [['migrate'], ['check'], ['status'], ['migration:create', '--name', 'x'], ['rollback', '--all'], ['migrate']];
      for (const argv of runs) {
        const { code, out, err } = await cli(argv, env);
        expect({ argv, code, err }).toEqual({ argv, code: 0, err: [] });
        expect(out.join('\n')).not.toMatch(/password=(?!\*\*\*)/);
      }
      expect(await userTables(url, [MIGRATIONS_TABLE])).toContain('grants');
    });
  });
});

describe('migration:create', () => {
  it('writes nothing when the entities match the migrations, and drops its scratch database', async () => {
    await withScratchDatabase(async (url) => {
      const before = await migrationNames();
      const result = await cli(['migration:create', '--name', 'nothing-changed'], { DATABASE_URL: url });
      expect(result).toEqual({ code: 0, out: ['No changes: the entities match the migrations.'], err: [] });
      expect(await migrationNames()).toEqual(before);
      expect(await query(SERVER, `select datname from pg_database where datname like 'navimpact\\_migration\\_%'`)).toEqual([]);
    });
  });
});
