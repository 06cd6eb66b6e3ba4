import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLegacyDatabase, buildShadowGooseLegacy, LEGACY_DAMAGE } from '@navimpact/legacy';
import { parseDuration, QUERY_CATALOG } from '@navimpact/schema';
import { databaseName } from '@navimpact/server';
import { testServers } from '@navimpact/server/testing';
import { MEDIA_FATES } from '../src/operations/adopt/_media-fates.ts';
import { BROKEN_ROWS, COMPARISONS } from './_adopt-media-cases.ts';
import { cli, query } from './_cli.ts';
import { scratchLegacy } from './_adopt.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-adopt-media-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const TABLES = ['sge_media_projects', 'sge_distribution_logs', 'sge_performance_metrics', 'sge_impact_stories', 'sge_client_access', 'scraper_logs'];

async function adopt(url: string): Promise<string[]> {
  const run = await cli(['adopt', '--no-backup', '--report', join(dir, `${databaseName(url)}.md`)], { DATABASE_URL: url });
  expect(run.code, run.err.join('\n')).toBe(0);
  return run.out;
}

type Entry = { fate: string; v2_id: number | null; reason: string | null };
async function ledgerOf(url: string, table: string): Promise<Map<string, Entry>> {
  const rows = await query<Entry & { legacy_id: string }>(url,
    'select legacy_id, fate, v2_id, reason from legacy_archive.adoption_ledger where legacy_table = $1', [table]);
  return new Map(rows.map(({ legacy_id, ...entry }) => [legacy_id, entry]));
}

/** The proof lines of the media and scraper tables, which must all balance. */
function expectBalanced(out: string[]): void {
  for (const table of TABLES) expect(out.find((l) => l.includes(` ${table}: `)), table).toMatch(/^ok /);
  expect(out.filter((l) => l.startsWith('FAIL'))).toEqual([]);
}

// The fixture's media cases (LEGACY_DAMAGE): items, distributions, daily numbers, stories.
async function expectMediaOutcomes(url: string): Promise<void> {
  const items = await ledgerOf(url, 'sge_media_projects');
  expect(items.get('5')).toMatchObject({ fate: 'set-aside', reason: 'project_id 9 names no project: set aside' });
  expect(items.get('6')).toMatchObject({ fate: 'set-aside', reason: 'project_id NULL: a V2 media item belongs to a project: set aside' });
  expect(items.get('2')!.reason).toBe("media_type web_series: video; duration '6x22:00' unreadable (parseDuration): NULL; created_at NULL: updated_at, else the adoption time");
  const v2Items = await query<{ id: number; title: string; media_type: string; duration_seconds: number | null }>(url,
    'select id, title, media_type, duration_seconds from media_items order by id');
  expect(v2Items).toEqual([
    { id: 1, title: 'Wild Hearts documentary 2026-03-01', media_type: 'video', duration_seconds: 5520 },
    { id: 2, title: 'Around the Table web series 2025-09-15', media_type: 'video', duration_seconds: null },
    { id: 3, title: 'Forging Friendships documentary', media_type: 'video', duration_seconds: null },
    { id: 4, title: 'Around the Table podcast 2025-10-01', media_type: 'audio', duration_seconds: null },
  ]);
  const logs = await ledgerOf(url, 'sge_distribution_logs');
  expect(logs.get('10')).toMatchObject({ fate: 'set-aside', reason: 'media_project_id 12 names no media item: set aside' });
  expect(logs.get('5')).toMatchObject({ fate: 'set-aside', reason: 'media item 6 was set aside: set aside' });
  expect(logs.get('3')!.reason).toBe('platform SBS On Demand: streaming; reach NULL: 0; created_at NULL: the adoption time');
  const platforms = await query<{ id: number; platform: string; reach: number }>(url, 'select id, platform, reach from media_distributions where id in (1, 3, 4) order by id');
  expect(platforms).toEqual([{ id: 1, platform: 'youtube', reach: 41000 }, { id: 3, platform: 'streaming', reach: 0 }, { id: 4, platform: 'podcast', reach: 3100 }]);
  const metrics = await ledgerOf(url, 'sge_performance_metrics');
  for (const id of ['121', '122', '123']) expect(metrics.get(id)).toMatchObject({ fate: 'set-aside', reason: 'media_project_id 8 names no media item: set aside' });
  expect(metrics.get('125')).toMatchObject({ fate: 'set-aside', reason: 'a negative count breaks ck_media_performance_metrics_counts: set aside' });
  expect(metrics.get('124')).toMatchObject({ fate: 'merged', v2_id: 1, reason: 'media item 1 already has row 1 for 2025-07-01: merged into it' });
  expect((await query<{ n: number }>(url, 'select count(*)::int as n from media_performance_metrics where media_item_id = 1'))[0]!.n).toBe(30);
  const stories = await ledgerOf(url, 'sge_impact_stories');
  expect(stories.get('5')).toMatchObject({ fate: 'set-aside', reason: 'media_project_id 7 names no media item: set aside' });
  expect((await query<{ story_type: string }>(url, 'select story_type from impact_stories where id = 2'))[0]!.story_type).toBe('community_action');
}

// The fixture's client and scraper cases, and the identity sequences moved past the kept ids.
async function expectClientAndRunOutcomes(url: string): Promise<void> {
  const clients = await ledgerOf(url, 'sge_client_access');
  expect(clients.get('5')).toMatchObject({ fate: 'merged', v2_id: 1 });
  expect(clients.get('2')!.reason).toMatch(/^allowed_projects 42 name no project: dropped/);
  expect(clients.get('3')!.reason).toMatch(/^access_level 'editor' not in V2: viewer, the least access/);
  const access = await query<{ client_account_id: number; project_id: number }>(url,
    'select client_account_id, project_id from client_project_access order by 1, 2');
  expect(access.map((a) => `${a.client_account_id}:${a.project_id}`)).toEqual(['1:1', '1:2', '1:3', '2:2']);
  const accounts = await query<{ id: number; access_level: string; is_active: boolean }>(url, 'select id, access_level, is_active from client_accounts order by id');
  expect(accounts.map((a) => `${a.id} ${a.access_level} ${a.is_active}`)).toEqual(['1 viewer true', '2 viewer true', '3 viewer false', '4 viewer true']);
  const runs = await ledgerOf(url, 'scraper_logs');
  expect(runs.get('33')).toMatchObject({ fate: 'set-aside', reason: "the dummy scraper's runs are test data: set aside" });
  expect(runs.get('34')).toMatchObject({ fate: 'set-aside', reason: 'end_time before start_time breaks ck_scraper_runs_counts: set aside' });
  expect(runs.get('35')).toMatchObject({ fate: 'set-aside', reason: 'a negative number breaks ck_scraper_runs_counts: set aside' });
  const [crashed] = await query<{ status: string; ended_at: Date | null }>(url, 'select status, ended_at from scraper_runs where id = 32');
  expect(crashed).toEqual({ status: 'running', ended_at: null });
  for (const table of ['media_items', 'media_distributions', 'media_performance_metrics', 'impact_stories', 'client_accounts', 'scraper_runs']) {
    const [s] = await query<{ next: number; max: number }>(url,
      `select nextval(pg_get_serial_sequence('${table}', 'id'))::int as next, (select max(id) from ${table}) as max`);
    expect(s!.next, table).toBeGreaterThan(s!.max);
  }
}

describe.each(servers)('adopting the media and scraper tables on $label', (server) => {
  it('says the fate of every planted problem in the plan, and gives each its fate in the ledger and the V2 rows', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const plan = await cli(['adopt', '--plan'], { DATABASE_URL: url });
      expect(plan.code, plan.err.join('\n')).toBe(0);
      for (const d of LEGACY_DAMAGE.filter((x) => TABLES.includes(x.table))) {
        const fate = MEDIA_FATES[`${d.table}.${d.column}:${d.kind}`];
        expect(fate, `${d.case}: ${d.kind} ${d.table}.${d.column}`).toBeDefined();
        const line = `${d.kind} ${d.table}.${d.column}${d.value ? ` = ${d.value}` : ''}:`;
        expect(plan.out.find((l) => l.includes(line)), line).toContain(`→ ${fate}`);
      }
      expect(plan.out.join('\n')).toMatch(/mapped into V2 rows: .*sge_media_projects.*scraper_logs/);

      expectBalanced(await adopt(url));
      await expectMediaOutcomes(url);
      await expectClientAndRunOutcomes(url);
    });
  }, 120_000);

  it('answers the media catalog queries as the legacy tables did, where their meaning did not change', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      await adopt(url);
      for (const c of COMPARISONS) {
        const catalog = QUERY_CATALOG.find((q) => q.name === c.name)!;
        const pick = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(c.columns.map((k) => r[k]))).sort();
        const v2 = await query(url, catalog.sql, c.params);
        const legacy = await query(url, c.legacy, c.params);
        expect(v2.length, c.name).toBeGreaterThan(0);
        expect(pick(v2), c.name).toEqual(pick(legacy));
      }
    });
  }, 120_000);

  it('sets aside negative counts, rows of set-aside projects and unknown run statuses, and says oversized durations and negative budgets', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      await query(url, BROKEN_ROWS);
      expectBalanced(await adopt(url));
      const media = await ledgerOf(url, 'sge_media_projects');
      expect(media.get('7')).toMatchObject({ fate: 'mapped', v2_id: 7 });
      expect(media.get('7')!.reason).toMatch(/duration '99999999:00' is more seconds than V2 holds: NULL.*production_budget -5.00 breaks ck_media_items_amounts: NULL/);
      expect(media.get('8')).toMatchObject({ fate: 'set-aside', reason: 'project 10 was set aside: set aside' });
      expect((await ledgerOf(url, 'sge_distribution_logs')).get('11')).toMatchObject({ fate: 'set-aside', reason: 'a negative count breaks ck_media_distributions_counts: set aside' });
      expect((await ledgerOf(url, 'sge_distribution_logs')).get('12')).toMatchObject({ fate: 'set-aside', reason: 'media item 8 was set aside: set aside' });
      const [story] = await query<{ story_type: string | null }>(url, 'select story_type from impact_stories where id = 6');
      expect(story!.story_type).toBeNull();
      expect((await ledgerOf(url, 'sge_impact_stories')).get('6')!.reason).toMatch(/story_type 'rumour' not in V2: NULL \(unclassified\)/);
      const [client] = await query<{ access_level: string }>(url, 'select access_level from client_accounts where id = 6');
      expect(client!.access_level).toBe('admin');
      expect((await ledgerOf(url, 'sge_client_access')).get('6')!.reason).toMatch(/allowed_projects 10 were set aside: dropped/);
      const runs = await ledgerOf(url, 'scraper_logs');
      expect(runs.get('36')).toMatchObject({ fate: 'set-aside', reason: "status 'exploded' has no V2 value: set aside" });
      expect(runs.get('37')).toMatchObject({ fate: 'mapped', v2_id: 37 });
      expect((await query<{ source: string }>(url, 'select source from scraper_runs where id = 37'))[0]!.source).toBe('councils');
    });
  }, 120_000);

  it('adopts a small generated legacy database with the media and scraper tables balanced', async () => {
    await scratchLegacy(server.url, async (url) => {
      const built = await buildLegacyDatabase(url, { seed: 9, rows: 3000 });
      expectBalanced(await adopt(url));
      for (const table of TABLES) {
        const rows = built.tables.find((t) => t.table === table)!.rows;
        const [n] = await query<{ n: number; aside: number }>(url, `select count(*)::int as n, count(*) filter (where fate = 'set-aside')::int as aside
          from legacy_archive.adoption_ledger where legacy_table = $1`, [table]);
        expect(n!.n, table).toBe(rows);
        if (table !== 'scraper_logs' && table !== 'sge_client_access') expect(n!.aside, `${table}: its orphans`).toBeGreaterThan(0);
      }
      // The SQL reading of durations is parseDuration's, text for text.
      const durations = await query<{ duration: string | null; duration_seconds: number | null }>(url,
        'select l.duration, v.duration_seconds from legacy_archive.sge_media_projects l join media_items v on v.id = l.id');
      expect(durations.filter((d) => d.duration_seconds === null).length).toBeGreaterThan(0);
      for (const d of durations) expect(d.duration_seconds, String(d.duration)).toBe(parseDuration(d.duration));
    });
  }, 180_000);
});
