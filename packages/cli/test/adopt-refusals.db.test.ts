import { describe, expect, it } from 'vitest';
import { buildShadowGooseLegacy } from '@navimpact/legacy';
import { databaseName } from '@navimpact/server';
import { databaseFingerprint, testServers } from '@navimpact/server/testing';
import { leftBeside, scratchLegacy } from './_adopt.ts';
import { cli, query } from './_cli.ts';

const servers = await testServers();

/** Runs `navimpact adopt` with `argv` and expects a refusal: the exit code, one sentence and its hint, nothing touched. */
async function expectRefused(server: string, url: string, argv: string[], code: number, sentence: RegExp): Promise<void> {
  const before = await databaseFingerprint(url);
  const result = await cli(['adopt', ...argv], { DATABASE_URL: url });
  expect(result.code).toBe(code);
  expect(result.out).toEqual([]);
  expect(result.err[0]).toMatch(sentence);
  expect(result.err.length).toBeLessThanOrEqual(2);
  expect(await databaseFingerprint(url)).toEqual(before);
  expect(await leftBeside(server, url)).toEqual([]);
}

describe.each(servers)('adopt refuses on $label, touching nothing', (server) => {
  it('a database that is neither legacy NavImpact nor empty', async () => {
    await scratchLegacy(server.url, async (url) => {
      await query(url, 'create table keep (id int primary key)');
      await expectRefused(server.url, url, ['--no-backup'], 1, /^error: Refusing to adopt ".*": it is neither a legacy NavImpact database .* nor empty \(keep\)\.$/);
    });
  });

  it('an already adopted (V2) database', async () => {
    await scratchLegacy(server.url, async (url) => {
      expect((await cli(['migrate'], { DATABASE_URL: url })).code).toBe(0);
      await expectRefused(server.url, url, ['--no-backup'], 1, /^error: Refusing to adopt ".*": it is already a V2 database/);
    });
  });

  it('a production-recorded legacy database without --force-production, a wrong flag, and --undo with nothing to undo', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      await expectRefused(server.url, url, ['--no-backup', '--bogus'], 2, /^error: .*--bogus.* Run `navimpact adopt --help`\.$/);
      await expectRefused(server.url, url, ['--undo'], 1, new RegExp(`^error: Nothing to undo for "${databaseName(url)}": there is no ${databaseName(url)}__legacy database`));
      expect((await cli(['env:set', 'production'], { DATABASE_URL: url })).code).toBe(0);
      await expectRefused(server.url, url, ['--no-backup'], 1, /^error: Refusing to run `adopt` on .*: its NavImpact record says it is the production environment\.$/);
      await expectRefused(server.url, url, ['--no-backup', '--force'], 1, /production environment/);
    });
  });

  it('a database on another host without --force, before connecting', async () => {
    const remote = await cli(['adopt', '--no-backup'], { DATABASE_URL: 'postgres://u@db.example.com:5432/legacy' });
    expect(remote.code).toBe(1);
    expect(remote.err[0]).toMatch(/^error: .*db\.example\.com/);
    expect(remote.err.join('\n')).toMatch(/--force/);
  });
});
