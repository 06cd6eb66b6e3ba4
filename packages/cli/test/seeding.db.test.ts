import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { resolveSeedOptions } from '@navimpact/seeds';
import { freshDatabase } from '../src/index.ts';
import { SERVER, cli, query, withScratchDatabase } from './_cli.ts';

const MINIMAL = ['--preset', 'minimal'];

async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await query<{ name: string }>(url, `select tablename as name from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations'`);
  const counts = await Promise.all(
    tables.map(async ({ name }) => [name, Number((await query<{ n: string }>(url, `select count(*) as n from ${pg.escapeIdentifier(name)}`))[0]!.n)] as const),
  );
  return Object.fromEntries(counts.filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)));
}

async function buildingLeftovers(url: string): Promise<unknown[]> {
  const name = new URL(url).pathname.slice(1);
  return query(SERVER, 'select datname from pg_database where datname = $1', [`${name}__building`]);
}

describe('fresh', () => {
  it('rebuilds a database migrated and seeded, even with sessions open on the old one', async () => {
    await withScratchDatabase(async (url) => {
      const first = await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      expect(first.err).toEqual([]);
      expect(first.code).toBe(0);
      const counts = await rowCounts(url);
      expect(counts.sdgs).toBe(17);
      expect(first.out).toContain('• database rebuilt');
      expect(first.out).toContainEqual(expect.stringMatching(/^ {2}sdgs +17$/));
      expect(first.out.at(-1)).toMatch(/^done in \d+ ms$/);

      const session = new pg.Client({ connectionString: url });
      session.on('error', () => {});
      await session.connect();
      try {
        const second = await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
        expect(second.code).toBe(0);
      } finally {
        await session.end().catch(() => {});
      }
      expect(await rowCounts(url)).toEqual(counts);
      expect(await buildingLeftovers(url)).toEqual([]);
    });
  });

  it('builds around today (UTC) without --date, and around the pinned date with it', async () => {
    await withScratchDatabase(async (url) => {
      const today = new Date().toISOString().slice(0, 10);
      const current = await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      expect(current.out).toContain(`preset minimal, seed 42, reference date ${today} (today, UTC)`);
      const spanning = `select count(*) filter (where start_date <= $1::date and end_date > $1::date) as n from projects where status = 'active'`;
      expect(await query(url, spanning, [today])).toEqual([{ n: '4' }]);
      const pinned = await cli(['fresh', ...MINIMAL, '--date', '2026-07-01'], { DATABASE_URL: url });
      expect(pinned.out).toContain('preset minimal, seed 42, reference date 2026-07-01');
      expect(await query(url, spanning, ['2026-07-01'])).toEqual([{ n: '4' }]);
    });
  });

  it('copies the migrated template it keeps on the server, built once per set of migrations; a half-built one is rebuilt', async () => {
    const templates = () => query<{ name: string; oid: number }>(SERVER, `select datname as name, oid::int as oid from pg_database where datname like 'navimpact\\_migrated\\_%'`);
    await withScratchDatabase(async (url) => {
      const date = '2026-07-01';
      const first = await freshDatabase(url, resolveSeedOptions({ preset: 'minimal', date }));
      const [template, ...others] = await templates();
      expect(others).toEqual([]);
      const migrations = await query<{ name: string }>(url, 'select name from mikro_orm_migrations order by id');
      expect(first.applied).toEqual(migrations.map((m) => m.name));
      const second = await freshDatabase(url, resolveSeedOptions({ preset: 'minimal', date }));
      expect(second.applied).toEqual(first.applied);
      expect(await templates()).toEqual([template]);
      // A build killed half-way leaves the template without its completion mark.
      await query(SERVER, `comment on database ${pg.escapeIdentifier(template!.name)} is null`);
      await freshDatabase(url, resolveSeedOptions({ preset: 'minimal', date }));
      const [rebuilt] = await templates();
      expect(rebuilt?.name).toBe(template!.name);
      expect(rebuilt?.oid).not.toBe(template!.oid);
    });
  });

  it('takes turns when two runs rebuild the same database at once', async () => {
    await withScratchDatabase(async (url) => {
      const runs = await Promise.all([1, 2].map(() => cli(['fresh', ...MINIMAL], { DATABASE_URL: url })));
      expect(runs.map((r) => [r.code, r.err])).toEqual([[0, []], [0, []]]);
      expect((await rowCounts(url)).users).toBe(6);
      expect(await buildingLeftovers(url)).toEqual([]);
    });
  });

  it.each([
    ['--preset=huge', 'There is no seed preset called "huge".'],
    ['--seed=abc', 'The seed must be a whole number'],
    ['--date=2026-02-30', 'The reference date must be a real calendar date'],
    ['--scale=0', 'The scale must be a positive number'],
    ['--scale=5001', 'The scale must be a positive number up to 5000'],
    ['--rows=many', 'The row count must be a whole number'],
    ['--rows=1000 --scale=2', 'Give either a row count or a scale, not both'],
  ])('with %s exits 1 and leaves the existing database untouched', async (flag, message) => {
    await withScratchDatabase(async (url) => {
      await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      const before = await rowCounts(url);
      const { code, out, err } = await cli(['fresh', ...flag.split(' ')], { DATABASE_URL: url });
      expect({ code, out }).toEqual({ code: 1, out: [] });
      expect(err[0]).toContain(message);
      expect(await rowCounts(url)).toEqual(before);
    });
  });

  it('drops the half-built database and keeps the old one when seeding fails', async () => {
    await withScratchDatabase(async (url) => {
      await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      const before = await rowCounts(url);
      // A progress hook that throws after the first chunk written stands in for a seeder that fails half-way.
      const interrupt = (line: string) => {
        if (line.endsWith('rows so far')) throw new Error('interrupted');
      };
      await expect(freshDatabase(url, resolveSeedOptions({ preset: 'minimal' }), { seed: { onProgress: interrupt } })).rejects.toThrow('interrupted');
      expect(await rowCounts(url)).toEqual(before);
      expect(await buildingLeftovers(url)).toEqual([]);
    });
  });
});

describe('seed and reset', () => {
  it('seeds a migrated empty database, then refuses to seed it again', async () => {
    await withScratchDatabase(async (url) => {
      await cli(['migrate'], { DATABASE_URL: url });
      expect((await cli(['seed', ...MINIMAL], { DATABASE_URL: url })).code).toBe(0);
      expect((await rowCounts(url)).sdgs).toBe(17);
      const again = await cli(['seed', ...MINIMAL], { DATABASE_URL: url });
      expect(again.code).toBe(1);
      expect(again.err.join('\n')).toContain('navimpact fresh');
    });
  });

  it('refuses an unmigrated database, naming the pending migrations', async () => {
    await withScratchDatabase(async (url) => {
      const { code, err } = await cli(['seed', ...MINIMAL], { DATABASE_URL: url });
      expect(code).toBe(1);
      expect(err[0]).toMatch(/pending migration\(s\): Migration\d+_/);
    });
  });

  it('reset rolls back, migrates and seeds to the same rows as fresh', async () => {
    await withScratchDatabase(async (url) => {
      await cli(['fresh', ...MINIMAL], { DATABASE_URL: url });
      const afterFresh = await rowCounts(url);
      const reset = await cli(['reset', ...MINIMAL], { DATABASE_URL: url });
      expect(reset.err).toEqual([]);
      expect(reset.out).toContainEqual(expect.stringMatching(/^• rolled back \d+ migrations?$/));
      expect(await rowCounts(url)).toEqual(afterFresh);
    });
  });
});
