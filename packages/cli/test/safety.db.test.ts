import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';
import { databaseName, withDatabase } from '@navimpact/server';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';
import { SERVER, cli, query, userTables } from './_cli.ts';

const servers = await testServers();
const DESTRUCTIVE = ['fresh', 'reset', 'seed', 'rollback'] as const;
const MINIMAL = ['--preset', 'minimal'];

/** A database someone else made: a `customers` table with a row, no NavImpact record. */
async function foreign(url: string): Promise<void> {
  await query(url, 'create table customers (id int primary key, name text)');
  await query(url, `insert into customers values (1, 'Ada')`);
}

/** Every table of the database's current schema, the tools' own included. */
const everyTable = (url: string): Promise<string[]> => userTables(url);

async function environmentOf(url: string): Promise<Record<string, string>> {
  const rows = await query<{ key: string; value: string }>(url, `select key, value from ${RECORD_TABLE} where key in ('environment', 'made_how')`);
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

describe.each(servers)('destructive commands on $label', (server) => {
  const scratch = <T>(fn: (url: string) => Promise<T>, prefix?: string): Promise<T> => withScratchDatabase(server.url, fn, prefix);

  it('`fresh` refuses an existing navimpact_production holding customers, on localhost, naming what it found', async () => {
    await scratch(async (url) => {
      await foreign(url);
      const { code, out, err } = await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      expect({ code, out }).toEqual({ code: 1, out: [] });
      expect(err[0]).toBe(
        `error: Refusing to run \`fresh\` on ${databaseName(url)}: it has 1 table (customers) and no NavImpact record, so the toolkit did not make it.`,
      );
      expect(err[1]).toContain('--force');
      expect(await query(url, 'select name from customers')).toEqual([{ name: 'Ada' }]);
    }, 'navimpact_production');
  });

  it.each(DESTRUCTIVE)('`%s` refuses a database with tables and no record, and writes nothing', async (command) => {
    await scratch(async (url) => {
      await foreign(url);
      const { code, err } = await cli([command], { DATABASE_URL: url });
      expect(code).toBe(1);
      expect(err[0]).toContain(`Refusing to run \`${command}\` on ${databaseName(url)}: it has 1 table (customers) and no NavImpact record`);
      expect(await everyTable(url)).toEqual(['customers']);
    });
  });

  it.each(DESTRUCTIVE)('`%s` refuses a database recorded as production, even with --force, and writes nothing', async (command) => {
    await scratch(async (url) => {
      await foreign(url);
      expect((await cli(['env:set', 'production'], { DATABASE_URL: url })).code).toBe(0);
      const { code, out, err } = await cli([command, '--force'], { DATABASE_URL: url });
      expect({ code, out }).toEqual({ code: 1, out: [] });
      expect(err).toEqual([
        `error: Refusing to run \`${command}\` on ${databaseName(url)}: its NavImpact record says it is the production environment.`,
        'hint: Point DATABASE_URL at another database, or add --force-production if you really mean to destroy production data (back it up first).',
      ]);
      expect(await everyTable(url)).toEqual(['customers', RECORD_TABLE]);
    });
  });

  it('`fresh --force` rebuilds a database it did not make, and `--force-production` a production one, which stays production', async () => {
    await scratch(async (url) => {
      await foreign(url);
      expect((await cli(['fresh', '--force', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect(await everyTable(url)).not.toContain('customers');
      expect(await environmentOf(url)).toEqual({ environment: 'development', made_how: 'fresh' });
      await cli(['env:set', 'production'], { DATABASE_URL: url });
      const forced = await cli(['fresh', '--force-production', ...MINIMAL], { DATABASE_URL: url });
      expect(forced.err).toEqual([]);
      expect(await environmentOf(url)).toEqual({ environment: 'production', made_how: 'fresh' });
    });
  });

  it('a refused `seed` writes nothing: not even the migrations table on an empty, unmigrated database', async () => {
    await scratch(async (url) => {
      const { code, err } = await cli(['seed', ...MINIMAL], { DATABASE_URL: url });
      expect(code).toBe(1);
      expect(err[0]).toMatch(/pending migration\(s\): Migration\d+_/);
      expect(await everyTable(url)).toEqual([]);
    });
  });
});

describe.each(servers)('the record of what the toolkit makes, on $label', (server) => {
  const scratch = <T>(fn: (url: string) => Promise<T>): Promise<T> => withScratchDatabase(server.url, fn);

  it('`migrate` claims an empty database as development, and `seed` says it seeded it', async () => {
    await scratch(async (url) => {
      const migrated = await cli(['migrate'], { DATABASE_URL: url });
      expect(migrated.out.at(-1)).toBe('recorded as the development environment (change it with `navimpact env:set <name>`)');
      expect(await environmentOf(url)).toEqual({ environment: 'development', made_how: 'migrate' });
      expect((await cli(['seed', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect(await environmentOf(url)).toEqual({ environment: 'development', made_how: 'seed' });
    });
  });

  it('`fresh` builds a database that did not exist yet, and records it as development', async () => {
    const url = withDatabase(server.url, `navimpact_cli_test_new_${randomBytes(4).toString('hex')}`);
    try {
      expect((await cli(['fresh', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect(await environmentOf(url)).toEqual({ environment: 'development', made_how: 'fresh' });
    } finally {
      await query(server.url, `drop database if exists ${databaseName(url)} with (force)`);
    }
  });

  it('`migrate` never claims a database that already held tables', async () => {
    await scratch(async (url) => {
      await foreign(url);
      const migrated = await cli(['migrate'], { DATABASE_URL: url });
      expect(migrated.code).toBe(0);
      expect(migrated.out.join('\n')).not.toContain('recorded');
      expect(await everyTable(url)).not.toContain(RECORD_TABLE);
    });
  });

  it('`reset` and `fresh` keep the environment the database records', async () => {
    await scratch(async (url) => {
      await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      await cli(['env:set', 'staging'], { DATABASE_URL: url });
      expect((await cli(['reset', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect(await environmentOf(url)).toEqual({ environment: 'staging', made_how: 'reset' });
      expect((await cli(['fresh', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect(await environmentOf(url)).toEqual({ environment: 'staging', made_how: 'fresh' });
      expect(await userTables(url, [MIGRATIONS_TABLE, RECORD_TABLE])).toContain('grants');
    });
  });
});

describe('env and env:set', () => {
  it('`env` says a database has no record and what it holds, then shows the one `env:set` writes by hand', async () => {
    await withScratchDatabase(SERVER, async (url) => {
      await foreign(url);
      const name = databaseName(url);
      expect(await cli(['env'], { DATABASE_URL: url })).toEqual({
        code: 0,
        out: [
          `${name} has no NavImpact record: it has 1 table (customers).`,
          'Destructive commands refuse it; record its environment with `navimpact env:set <name>`.',
        ],
        err: [],
      });
      expect(await cli(['env:set', 'staging'], { DATABASE_URL: url })).toEqual({
        code: 0,
        out: [`${name} is now the staging environment (it had no record; it is now marked by hand).`],
        err: [],
      });
      const shown = await cli(['env'], { DATABASE_URL: url });
      expect(shown.out.slice(0, 3)).toEqual([name, '  environment  staging', '  made by      unknown']);
      expect(shown.out).toContain('  how          not made by the toolkit; marked by hand with `navimpact env:set`');
    });
  });

  it('`env` shows who made a database, when and how', async () => {
    await withScratchDatabase(SERVER, async (url) => {
      await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      const { code, out } = await cli(['env'], { DATABASE_URL: url });
      expect(code).toBe(0);
      expect(out).toEqual([
        databaseName(url),
        '  environment  development',
        expect.stringMatching(/^ {2}made by {6}navimpact \d+\.\d+\.\d+$/),
        expect.stringMatching(/^ {2}made at {6}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/),
        '  how          built by `navimpact fresh`',
      ]);
    });
  });

  it('`env:set` will not take production away without --force-production', async () => {
    await withScratchDatabase(SERVER, async (url) => {
      await cli(['env:set', 'production'], { DATABASE_URL: url });
      const refused = await cli(['env:set', 'development'], { DATABASE_URL: url });
      expect(refused.code).toBe(1);
      expect(refused.err[0]).toContain('it is recorded as production');
      expect(refused.err[1]).toContain('--force-production');
      expect(await environmentOf(url)).toMatchObject({ environment: 'production' });
      expect((await cli(['env:set', 'development', '--force-production'], { DATABASE_URL: url })).code).toBe(0);
      expect(await environmentOf(url)).toMatchObject({ environment: 'development' });
    });
  });

  it.each([
    ['Production', 'error: An environment is a lowercase name such as development, test, production or staging (letters, digits, - and _, up to 32), not "Production".'],
    ['prod', 'error: Say production, not "prod": only a database recorded as production is refused by destructive commands.'],
  ])('`env:set %s` is refused in one sentence, before connecting', async (name, line) => {
    const { code, err } = await cli(['env:set', name], { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' });
    expect(code).toBe(1);
    expect(err[0]).toBe(line);
  });

  it('`env:set` without a name, or with two, is a usage error', async () => {
    expect(await cli(['env:set'], { DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' })).toEqual({
      code: 2,
      out: [],
      err: ['error: env:set needs the environment: navimpact env:set <name>. Run `navimpact env:set --help`.'],
    });
    expect((await cli(['env:set', 'a', 'b'])).err).toEqual([
      'error: Unexpected argument "b": this command takes <name> and flags. Run `navimpact env:set --help`.',
    ]);
  });
});

describe('the server\'s own databases', () => {
  // The main server only: should the guard ever regress, the shared server's maintenance database stays clean.
  it.each(DESTRUCTIVE)('`%s` refuses the server\'s maintenance database', async (command) => {
    const { code, err } = await cli([command], { DATABASE_URL: withDatabase(SERVER, 'postgres') });
    expect(code).toBe(1);
    expect(err[0]).toBe('error: Refusing to destroy "postgres": it is one of the server\'s own databases.');
    expect(await userTables(SERVER)).not.toContain(MIGRATIONS_TABLE);
  });
});
