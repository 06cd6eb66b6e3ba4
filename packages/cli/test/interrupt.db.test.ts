import { describe, expect, it } from 'vitest';
import { dropDatabase } from '@navimpact/server';
import { SERVER, cli, query, withScratchDatabase } from './_cli.ts';
import { navimpact } from './_spawn.ts';

const nameOf = (url: string) => new URL(url).pathname.slice(1);

async function counts(url: string): Promise<{ users: number; grants: number }> {
  const [row] = await query<{ users: string; grants: string }>(url, 'select (select count(*) from users) as users, (select count(*) from grants) as grants');
  return { users: Number(row!.users), grants: Number(row!.grants) };
}

async function leftovers(url: string): Promise<string[]> {
  const name = nameOf(url);
  const rows = await query<{ datname: string }>(SERVER, 'select datname from pg_database where datname = any($1) order by 1', [[`${name}__building`, `${name}__old`]]);
  return rows.map((r) => r.datname);
}

// The scratch database's own name is dropped by withScratchDatabase; these are the swap's.
async function withSwapScratch(fn: (url: string) => Promise<void>): Promise<void> {
  await withScratchDatabase(async (url) => {
    try {
      await fn(url);
    } finally {
      for (const suffix of ['__building', '__old']) await dropDatabase(SERVER, `${nameOf(url)}${suffix}`);
    }
  });
}

// Each test runs two or three `navimpact` processes; a loaded machine makes them slow, not wrong.
describe('fresh under kill -9 and signals', { timeout: 240_000 }, () => {
  it('killed with SIGKILL inside the swap leaves the complete old database under its name; the next fresh cleans up', async () => {
    await withSwapScratch(async (url) => {
      expect((await cli(['fresh', '--preset', 'minimal'], { DATABASE_URL: url })).code).toBe(0);
      const run = navimpact(['fresh', '--preset', 'demo'], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: 'swap' });
      await run.waitFor(/paused at swap/);
      run.child.kill('SIGKILL');
      expect((await run.exited).signal).toBe('SIGKILL');

      const check = await cli(['check'], { DATABASE_URL: url });
      expect(check.code).toBe(0);
      expect(await counts(url)).toEqual({ users: 6, grants: 0 });
      const again = await cli(['fresh', '--preset', 'minimal'], { DATABASE_URL: url });
      expect(again.code).toBe(0);
      expect(await leftovers(url)).toEqual([]);
    });
  });

  it('a missing database with a complete rebuild beside it is put back by the next command, with one line', async () => {
    await withSwapScratch(async (url) => {
      expect((await cli(['fresh', '--preset', 'minimal'], { DATABASE_URL: url })).code).toBe(0);
      const run = navimpact(['fresh', '--preset', 'demo'], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: 'swap' });
      await run.waitFor(/paused at swap/);
      run.child.kill('SIGKILL');
      await run.exited;
      // The state a drop-then-rename swap left when killed between its two statements.
      await dropDatabase(SERVER, nameOf(url));

      const migrate = await cli(['migrate'], { DATABASE_URL: url });
      expect(migrate.err).toEqual([
        `restored ${nameOf(url)} from the complete rebuild an interrupted \`navimpact fresh\` left as ${nameOf(url)}__building`,
      ]);
      expect(migrate).toMatchObject({ code: 0, out: ['Already up to date.'] });
      expect((await counts(url)).grants).toBeGreaterThan(100);
      expect(await leftovers(url)).toEqual([]);
    });
  });

  it('a missing database whose old copy was set aside is put back by `url`, which still prints only the URL', async () => {
    await withSwapScratch(async (url) => {
      const name = nameOf(url);
      expect((await cli(['fresh', '--preset', 'minimal'], { DATABASE_URL: url })).code).toBe(0);
      await query(SERVER, `alter database ${name} rename to ${name}__old`);
      const printed = await cli(['url'], { DATABASE_URL: url });
      expect(printed).toEqual({
        code: 0,
        out: [url],
        err: [`restored ${name} from the previous database an interrupted \`navimpact fresh\` left as ${name}__old`],
      });
      expect(await counts(url)).toEqual({ users: 6, grants: 0 });
    });
  });

  it('never swaps in a half-built copy: without the completion mark the next command restores nothing', async () => {
    await withSwapScratch(async (url) => {
      const name = nameOf(url);
      await query(SERVER, `alter database ${name} rename to ${name}__building`);
      const check = await cli(['check'], { DATABASE_URL: url });
      expect(check).toMatchObject({ code: 1, err: [] });
      expect(check.out.join('\n')).toContain('does not exist');
      expect(await leftovers(url)).toEqual([`${name}__building`]);
      await query(SERVER, `alter database ${name}__building rename to ${name}`);
    });
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during seeding: exit %i, one line, the old database intact and no half-built copy left', async (signal, exitCode) => {
    await withSwapScratch(async (url) => {
      expect((await cli(['fresh', '--preset', 'minimal'], { DATABASE_URL: url })).code).toBe(0);
      const before = await counts(url);
      const run = navimpact(['fresh', '--preset', 'demo'], { DATABASE_URL: url });
      await run.waitFor(/• migrated/);
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: exitCode, signal: null });
      expect(run.output().out).not.toContain('database rebuilt');
      expect(run.output().err.trim().split('\n')).toEqual([`Interrupted (${signal}): the half-built copy was dropped; ${nameOf(url)} is as it was.`]);
      expect(await counts(url)).toEqual(before);
      expect(await leftovers(url)).toEqual([]);
    });
  });

  it('Ctrl-C while waiting for another fresh of the same database ends the wait at once', async () => {
    await withSwapScratch(async (url) => {
      const first = navimpact(['fresh', '--preset', 'minimal'], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: 'swap' });
      try {
        await first.waitFor(/paused at swap/);
        const second = navimpact(['fresh', '--preset', 'minimal'], { DATABASE_URL: url });
        await second.waitFor(/• server ready/);
        second.child.kill('SIGINT');
        expect(await second.exited).toEqual({ code: 130, signal: null });
        expect(second.output().err.trim()).toBe(`Interrupted (SIGINT): stopped waiting for another \`fresh\` of ${nameOf(url)}; nothing was changed.`);
      } finally {
        first.child.kill('SIGKILL');
        await first.exited;
      }
    });
  });
});
