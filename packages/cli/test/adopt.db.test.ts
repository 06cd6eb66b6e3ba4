import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShadowGooseLegacy } from '@navimpact/legacy';
import { findConventionViolations, readDatabaseRecord } from '@navimpact/schema';
import { databaseName, withClient } from '@navimpact/server';
import { databaseFingerprint, testServers } from '@navimpact/server/testing';
import { ledgerRow as ledger, scratchLegacy } from './_adopt.ts';
import { cli, migrationFiles, query } from './_cli.ts';
import { navimpact } from './_spawn.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-adopt-'));
afterAll(() => rm(dir, { recursive: true, force: true }));


describe.each(servers)('adopt on $label', (server) => {
  it('plans without writing, adopts the Shadow Goose fixture with every decision in the ledger, and undoes it exactly', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const before = await databaseFingerprint(url);
      const industryBefore = await query<{ n: number }>(url, "select count(*)::int as n from grants where industry_focus in ('media', 'digital')");

      const plan = await cli(['adopt', '--plan'], { DATABASE_URL: url });
      expect(plan.code, plan.err.join('\n')).toBe(0);
      // Every FK V2 adds with its orphans, and each problem's fate, values mapped by name.
      expect(plan.out).toEqual(expect.arrayContaining([
        '  users.mentor_id → users: 1 orphan(s) [8] → mapped with mentor_id NULL, listed in the ledger',
        '  grants.created_by_id → users: 2 orphan(s) [21, 24] → mapped with created_by_id NULL, listed in the ledger',
        '  case-collision users.email: 2 row(s) [1, 7] → merged into the lowest id; the ledger maps the others to it',
        '  duplicate team_members.project_id,user_id: 2 row(s) [1, 9] → merged into the first membership',
        '  null grants.industry_focus: 1 row(s) [22] → mapped: general',
        '  out-of-set grants.status = active: 8 row(s) [1, 2, 3, 4, 5, …] → mapped to open',
      ]));
      expect(await databaseFingerprint(url)).toEqual(before);

      const report = join(dir, `${databaseName(url)}.md`);
      const adopted = await cli(['adopt', '--backup-dir', dir, '--report', report], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
      expect(adopted.out.join('\n')).toMatch(/backup written: .*\.navimpact-backup/);
      expect(adopted.out.filter((l) => l.startsWith('FAIL'))).toEqual([]);
      // The summary: a balanced line per legacy table, the verdict, the backup, the time, the report.
      expect(adopted.out).toContain('ok   users: 8 in = 7 mapped + 1 merged + 0 set aside + 0 archived');
      // Every legacy table balances, and every list column whose elements the ledger follows ('projects.sdg_tags').
      const [lists] = await query<{ n: number }>(url, "select count(distinct legacy_table)::int as n from legacy_archive.adoption_ledger where legacy_table like '%.%'");
      const balanced = Object.keys(before.tables).length + lists!.n;
      expect(lists!.n).toBeGreaterThan(0);
      expect(adopted.out).toContain(`proof: proven: ${balanced} of ${balanced} tables balance, 0 conformance violations, 0 foreign keys not validated.`);
      expect(adopted.out.join('\n')).toMatch(/^backup: .*\.navimpact-backup$/m);
      expect(adopted.out.join('\n')).toMatch(new RegExp(`^adopted ${databaseName(url)} in \\d+\\.\\d s; the legacy database is kept as ${databaseName(url)}__legacy`, 'm'));
      expect(adopted.out.at(-1)).toBe(`report: ${report}`);
      // The report: the proof, each decision by table and reason with its rows, and the plan's findings.
      const markdown = await readFile(report, 'utf8');
      expect(markdown).toMatch(/## Proof[\s\S]*\| users \| 8 \| 7 \| 1 \| 0 \| 0 \| yes \|/);
      expect(markdown).toMatch(/\| users \| merged \| email .* differs only in case from user 1: merged into it \| 1 \| 7 \|/);
      expect(markdown).toContain('| users | mapped | mentor_id 99 names no user: NULL | 1 | 8 |');
      expect(markdown).toMatch(/\| alembic_version \| archived \| V2 retires it: .* \| 5 \| \(/);
      expect(markdown).toContain('  users.mentor_id → users: 1 orphan(s) [8] → mapped with mentor_id NULL, listed in the ledger');

      // The V2 database: stamped, recorded, conformant.
      expect((await query(url, 'select name from mikro_orm_migrations')).length).toBe((await migrationFiles()).length);
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
      // A table V2 retires is archived verbatim, row for row.
      const [metrics] = await query<{ n: number }>(url, "select count(*)::int as n from legacy_archive.adoption_ledger where legacy_table = 'metrics' and fate = 'archived'");
      expect(metrics!.n).toBe((await query<{ n: number }>(url, 'select count(*)::int as n from legacy_archive.metrics'))[0]!.n);
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
      const run = navimpact(['adopt', '--no-backup'], { DATABASE_URL: url, NAVIMPACT_TEST_PAUSE_AT: point });
      await run.waitFor(new RegExp(`paused at ${point}`));
      run.child.kill('SIGKILL');
      await run.exited;
      expect(await databaseFingerprint(url)).toEqual(before);
      const adopted = await cli(['adopt', '--no-backup', '--report', join(dir, `${databaseName(url)}-${point}.md`)], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
    });
  }, 180_000);
});
