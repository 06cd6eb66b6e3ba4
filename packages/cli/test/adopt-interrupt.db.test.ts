import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLegacyDatabase, buildShadowGooseLegacy } from '@navimpact/legacy';
import { LOCKS } from '@navimpact/schema';
import { connectClient, databaseName, withDatabase } from '@navimpact/server';
import { databaseFingerprint, testServers } from '@navimpact/server/testing';
import { leftBeside, scratchLegacy } from './_adopt.ts';
import { cli, query } from './_cli.ts';
import { navimpact } from './_spawn.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-adopt-interrupt-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Every stage of an adoption, each held by the test pause and then signalled; SIGINT and SIGTERM take turns.
const STAGES = [
  ['backup', 'SIGINT', 130],
  ['copy', 'SIGTERM', 143],
  ['build', 'SIGINT', 130],
  ['transform', 'SIGTERM', 143],
  ['proof', 'SIGINT', 130],
  ['swap', 'SIGTERM', 143],
] as const;

// Each test runs one or two `navimpact` processes; a loaded machine makes them slow, not wrong.
describe.each(servers)('adopt interrupted on $label', { timeout: 240_000 }, (server) => {
  it.each(STAGES)('%s stage, %s: exit %i, one line, the legacy database as it was, no copy and no backup left', async (stage, signal, exitCode) => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      const backups = await mkdtemp(join(dir, `${stage}-`));
      const run = navimpact(['adopt', '--backup-dir', backups], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: stage });
      await run.waitFor(new RegExp(`paused at ${stage}`));
      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: exitCode, signal: null });
      const { out, err } = run.output();
      expect(err.trim().split('\n')).toEqual([
        `paused at ${stage}`,
        `Interrupted (${signal}): nothing was adopted; ${databaseName(url)} is as it was and no half-built copy is left.`,
      ]);
      expect(out).not.toMatch(/adopted .* in /);
      expect(await databaseFingerprint(url)).toEqual(before);
      expect(await leftBeside(server.url, url)).toEqual([]);
      // The backup is written before the copy is built: a complete file once past its stage, no partial one ever.
      const files = await readdir(backups);
      expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
      expect(files.length).toBe(stage === 'backup' ? 0 : 1);
    });
  });

  it('kill -9 inside the SQL transform, after the first mapping wrote its rows, leaves the legacy database as it was; adopt then succeeds', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      const run = navimpact(['adopt', '--no-backup'], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: 'transform' });
      await run.waitFor(/paused at transform/);
      run.child.kill('SIGKILL');
      expect((await run.exited).signal).toBe('SIGKILL');
      expect(await databaseFingerprint(url)).toEqual(before);
      expect(await leftBeside(server.url, url)).toEqual([`${databaseName(url)}__building`]);

      const adopted = await cli(['adopt', '--no-backup', '--report', join(dir, `${databaseName(url)}.md`)], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
      expect(await leftBeside(server.url, url)).toEqual([`${databaseName(url)}__legacy`]);
      expect(await databaseFingerprint(withDatabase(url, `${databaseName(url)}__legacy`))).toEqual(before);
    });
  });

  it('Ctrl-C while another run holds the database ends the wait at once, with nothing changed', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      const holder = await connectClient(server.url);
      try {
        await holder.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, databaseName(url)]);
        const run = navimpact(['adopt', '--no-backup'], { DATABASE_URL: url });
        const deadline = Date.now() + 60_000;
        while ((await query(server.url, "select from pg_stat_activity where wait_event = 'advisory' and pid <> pg_backend_pid()")).length === 0) {
          if (Date.now() > deadline) throw new Error(`adopt never waited for the lock:\n${run.output().err}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        run.child.kill('SIGINT');
        expect(await run.exited).toEqual({ code: 130, signal: null });
        expect(run.output().err.trim()).toBe(`Interrupted (SIGINT): stopped waiting for another \`adopt\` of ${databaseName(url)}; nothing was changed.`);
      } finally {
        await holder.end();
      }
      expect(await databaseFingerprint(url)).toEqual(before);
      expect(await leftBeside(server.url, url)).toEqual([]);
    });
  });

  // No pause: the signal lands while the transform's statements run on a generated legacy database.
  it('SIGINT as the transform of a generated legacy database begins (no pause) stops it, with the copy dropped and the legacy database as it was', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildLegacyDatabase(url, { seed: 42, rows: 60_000 });
      const before = await databaseFingerprint(url);
      const run = navimpact(['adopt', '--no-backup'], { DATABASE_URL: url });
      await run.waitFor(/copied \d+ legacy tables/);
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 130, signal: null });
      expect(run.output().err.trim()).toBe(`Interrupted (SIGINT): nothing was adopted; ${databaseName(url)} is as it was and no half-built copy is left.`);
      expect(await databaseFingerprint(url)).toEqual(before);
      expect(await leftBeside(server.url, url)).toEqual([]);
    });
  });
});
