import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShadowGooseLegacy } from '@navimpact/legacy';
import { findConventionViolations, readDatabaseRecord } from '@navimpact/schema';
import { databaseName, withClient } from '@navimpact/server';
import { databaseFingerprint, testServers, withScratchDatabase } from '@navimpact/server/testing';
import { cli, query } from './_cli.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-adopt-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// The scratch database is dropped by the helper; the kept legacy database is ours to drop.
async function scratchLegacy<T>(server: string, fn: (url: string) => Promise<T>): Promise<T> {
  return withScratchDatabase(server, async (url) => {
    try {
      return await fn(url);
    } finally {
      await query(server, `drop database if exists "${databaseName(url)}__legacy" with (force)`);
    }
  }, 'navimpact_adopt');
}
const BIN = resolve(import.meta.dirname, '../bin/navimpact.js');

/** Runs `navimpact adopt` in its own process, held at `point`, and kills it there with SIGKILL. */
async function killAdoptionAt(url: string, point: string): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'adopt', '--no-backup'], {
    env: { PATH: process.env.PATH, DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: point }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((done) => child.on('exit', done));
  const deadline = Date.now() + 120_000;
  while (!output.includes(`paused at ${point}`)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`never paused at ${point}:\n${output}`);
    await new Promise((done) => setTimeout(done, 20));
  }
  child.kill('SIGKILL');
  await exited;
}

const ledger = (url: string, table: string, id: string) =>
  query<{ fate: string; v2_id: number | null; reason: string | null }>(url,
    'select fate, v2_id, reason from legacy_archive.adoption_ledger where legacy_table = $1 and legacy_id = $2', [table, id]).then((r) => r[0]);

describe.each(servers)('adopt on $label', (server) => {
  it('plans without writing, adopts the Shadow Goose fixture with every decision in the ledger, and undoes it exactly', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      const industryBefore = await query<{ n: number }>(url, "select count(*)::int as n from grants where industry_focus in ('media', 'digital')");

      const plan = await cli(['adopt', '--plan'], { DATABASE_URL: url });
      expect(plan.code, plan.err.join('\n')).toBe(0);
      expect(plan.out.join('\n')).toMatch(/case-collision users\.email.*merged/);
      expect(await databaseFingerprint(url)).toEqual(before);

      const report = join(dir, `${databaseName(url)}.md`);
      const adopted = await cli(['adopt', '--backup-dir', dir, '--report', report], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
      expect(adopted.out.join('\n')).toMatch(/backup written: .*\.navimpact-backup/);
      expect(adopted.out.filter((l) => l.startsWith('FAIL'))).toEqual([]);
      expect(await readFile(report, 'utf8')).toMatch(/## Proof/);

      // The V2 database: stamped, recorded, conformant.
      expect((await query(url, 'select name from mikro_orm_migrations')).length).toBe(2);
      expect((await withClient(url, readDatabaseRecord))?.how).toBe('adopt');
      expect(await withClient(url, findConventionViolations)).toEqual([]);

      // user-email-case: 7 merged into 1; user-no-name: a derived name; user-mentor-orphan: NULL, in the ledger.
      expect(await ledger(url, 'users', '7')).toMatchObject({ fate: 'merged', v2_id: 1 });
      expect((await query(url, 'select id from users where id = 7')).length).toBe(0);
      const [u8] = await query<{ full_name: string; mentor_id: number | null; is_active: boolean }>(url, 'select full_name, mentor_id, is_active from users where id = 8');
      expect(u8!.full_name).not.toBe('');
      expect(u8).toMatchObject({ mentor_id: null, is_active: true });
      expect((await ledger(url, 'users', '8'))!.reason).toMatch(/mentor_id 99 names no user/);
      // tag-name-case: merged by slug, grant 3 keeps one grant_tags row per slug.
      expect((await ledger(url, 'tags', '2'))!.fate).toBe('merged');
      // grant-status-out-of-set: active → open, draft → upcoming; inverted amounts swapped; creator orphans NULL.
      const grants = await query<{ id: number; status: string; amount_min: string; amount_max: string; created_by_id: number | null; industry_focus: string; location_eligibility: string }>(
        url, 'select * from grants where id in (1, 9, 20, 21, 22, 23) order by id');
      expect(grants.map((g) => g.status)).toEqual(['open', grants[1]!.status, 'upcoming', grants[3]!.status, 'open', 'open']);
      expect([Number(grants[1]!.amount_min), Number(grants[1]!.amount_max)]).toEqual([20000, 50000]);
      expect(grants[3]!.created_by_id).toBeNull();
      expect(grants[4]!.industry_focus).toBe('general');
      expect(grants[5]!.location_eligibility).toBe('national');
      // project-name-duplicate: the later one's slug gets its id; project-status-in-progress: active.
      const projects = await query<{ id: number; slug: string; status: string }>(url, 'select id, slug, status from projects where id in (2, 5) order by id');
      expect(projects[1]!.slug).toBe(`${projects[0]!.slug}-5`);
      expect(projects[0]!.status).toBe('active');
      // membership-duplicate: 9 merged into 1; membership-role: project_manager → coordinator, free text → contributor.
      expect(await ledger(url, 'team_members', '9')).toMatchObject({ fate: 'merged', v2_id: 1 });
      const roles = await query<{ id: number; role: string }>(url, 'select id, role from project_members where id in (5, 7, 8, 10) order by id');
      expect(roles.map((r) => r.role)).toEqual(['coordinator', 'contributor', 'contributor', 'contributor']);
      // Every table not yet mapped is archived verbatim, row for row.
      const [comments] = await query<{ n: number }>(url, "select count(*)::int as n from legacy_archive.adoption_ledger where legacy_table = 'task_comments' and fate = 'archived'");
      expect(comments!.n).toBe((await query<{ n: number }>(url, 'select count(*)::int as n from legacy_archive.task_comments'))[0]!.n);
      // Task statuses: the enum's upper-case names become V2's lower-case values (REVIEW → review); task-no-timestamps: a date.
      const statuses = await query<{ status: string }>(url, 'select distinct status from tasks order by 1');
      expect(statuses.every((s) => s.status === s.status.toLowerCase())).toBe(true);
      expect((await query(url, 'select id from tasks where id = 10')).length).toBe(1);
      // The catalog question whose meaning did not change: grants in media.
      expect((await query<{ n: number }>(url, "select count(*)::int as n from grants where industry_focus = 'digital_media'"))[0]!.n).toBe(industryBefore[0]!.n);

      const again = await cli(['adopt', '--no-backup'], { DATABASE_URL: url });
      expect(again.code).toBe(1);
      expect(again.err.join('\n')).toMatch(/already a V2 database/);

      // The adopted database recorded as production is not given up without --force-production.
      expect((await cli(['env:set', 'production'], { DATABASE_URL: url })).code).toBe(0);
      const guarded = await cli(['adopt', '--undo'], { DATABASE_URL: url });
      expect(guarded.code).toBe(1);
      expect(guarded.err[0]).toMatch(/production/);
      const undone = await cli(['adopt', '--undo', '--force-production'], { DATABASE_URL: url });
      expect(undone.code, undone.err.join('\n')).toBe(0);
      expect(await databaseFingerprint(url)).toEqual(before);
      const none = await cli(['adopt', '--undo'], { DATABASE_URL: url });
      expect(none.err.join('\n')).toMatch(/Nothing to undo/);
    });
  });

  it.each(['build', 'swap'])('leaves the legacy database exactly as it was when killed -9 at %s, and adopts it afterwards', async (point) => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      await killAdoptionAt(url, point);
      expect(await databaseFingerprint(url)).toEqual(before);
      const adopted = await cli(['adopt', '--no-backup', '--report', join(dir, `${databaseName(url)}-${point}.md`)], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
    });
  }, 180_000);

  it('refuses a production-recorded database without --force-production, and a remote host without --force', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      expect((await cli(['env:set', 'production'], { DATABASE_URL: url })).code).toBe(0);
      const before = await databaseFingerprint(url);
      const refused = await cli(['adopt', '--no-backup'], { DATABASE_URL: url });
      expect(refused.code).toBe(1);
      expect(refused.err[0]).toMatch(/production/);
      expect(await databaseFingerprint(url)).toEqual(before);
    });
    const remote = await cli(['adopt', '--no-backup'], { DATABASE_URL: 'postgres://u@db.example.com:5432/legacy' });
    expect(remote.code).toBe(1);
    expect(remote.err.join('\n')).toMatch(/--force/);
  });

  it('refuses a database that is neither legacy nor empty, touching nothing', async () => {
    await scratchLegacy(server.url, async (url) => {
      await query(url, 'create table keep (id int primary key)');
      const before = await databaseFingerprint(url);
      const result = await cli(['adopt', '--no-backup'], { DATABASE_URL: url });
      expect(result.code).toBe(1);
      expect(result.err.join('\n')).toMatch(/neither a legacy NavImpact database/);
      expect(await databaseFingerprint(url)).toEqual(before);
    });
  });
});
