import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShadowGooseLegacy } from '@navimpact/legacy';
import {
  GRANT_STATUSES, GRANT_STATUS_MAP, INDUSTRY_FOCUSES, INDUSTRY_FOCUS_MAP, MIGRATIONS_DIR, QUERY_CATALOG, TASK_STATUSES, TASK_STATUS_MAP, createOrm,
  mapLegacyValue, migrateUp, readDatabaseRecord,
} from '@navimpact/schema';
import { databaseName, withClient, withDatabase } from '@navimpact/server';
import { testServers } from '@navimpact/server/testing';
import { scratchLegacy } from './_adopt.ts';
import { cli, migrationFiles, query, userTables } from './_cli.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-adopt-v2-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Every single-column foreign key of the public schema, with the rows of its table that name no parent.
const ORPHANS_SQL = `
  select c.conname, format('select count(*)::int as n from %s t where t.%I is not null and not exists (select from %s p where p.%I = t.%I)',
    c.conrelid::regclass, a.attname, c.confrelid::regclass, pa.attname, a.attname) as sql
  from pg_constraint c
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
  join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
  where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace`;

async function orphanedForeignKeys(url: string): Promise<string[]> {
  const found: string[] = [];
  for (const fk of await query<{ conname: string; sql: string }>(url, ORPHANS_SQL)) {
    if ((await query<{ n: number }>(url, fk.sql))[0]!.n > 0) found.push(fk.conname);
  }
  return found;
}

// A later migration, in a copy of the migrations folder inside the package (where it still resolves @mikro-orm/migrations).
async function migrationsWithALaterOne(): Promise<string> {
  const cache = join(import.meta.dirname, '../.cache');
  await mkdir(cache, { recursive: true });
  const folder = await mkdtemp(join(cache, 'adopt-later-migration-'));
  await cp(MIGRATIONS_DIR, folder, { recursive: true });
  await writeFile(join(folder, 'Migration20991231000000_adopt_later.ts'), `import { Migration } from '@mikro-orm/migrations';
export class Migration20991231000000_adopt_later extends Migration {
  override async up(): Promise<void> { this.addSql('alter table "grants" add column "adopt_later_note" text'); }
  override async down(): Promise<void> { this.addSql('alter table "grants" drop column "adopt_later_note"'); }
}
`);
  return folder;
}

const CATALOG = new Map(QUERY_CATALOG.map((q) => [q.name, q.sql]));
const SEARCHES = ['%documentary%', '%screen%', '%arts%', '%victoria%'];
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/**
 * What the grant finder answers (by status, by industry, by text) on the legacy database, each
 * answer as the grant ids: the legacy values put through V2's value maps, grants set aside left out.
 */
async function legacyAnswers(url: string): Promise<Record<string, number[]>> {
  const grants = await query<{ id: number; status: string | null; industry: string | null }>(url, 'select id, status, industry_focus as industry from grants');
  const kept = grants.map((g) => ({ ...g, v2: mapLegacyValue<string>(GRANT_STATUS_MAP, g.status, 'set aside') })).filter((g) => g.v2 !== 'set aside');
  const industries = { ...Object.fromEntries(INDUSTRY_FOCUSES.map((v) => [v, v])), ...INDUSTRY_FOCUS_MAP };
  const answers: Record<string, number[]> = {};
  for (const status of GRANT_STATUSES) answers[`grants_by_status ${status}`] = sorted(kept.filter((g) => g.v2 === status).map((g) => g.id));
  for (const industry of INDUSTRY_FOCUSES) {
    answers[`grants_by_industry_focus ${industry}`] = sorted(kept.filter((g) => mapLegacyValue(industries, g.industry, 'general') === industry).map((g) => g.id));
  }
  const keptIds = new Set(kept.map((g) => g.id));
  for (const text of SEARCHES) {
    const found = await query<{ id: number }>(url, 'select id from grants where title ilike $1 or description ilike $1', [text]);
    answers[`grants_text_search ${text}`] = sorted(found.map((r) => r.id).filter((id) => keptIds.has(id)));
  }
  const tasks = await query<{ id: number; status: string }>(url, 'select id, status::text as status from tasks');
  for (const status of TASK_STATUSES) answers[`tasks ${status}`] = sorted(tasks.filter((t) => mapLegacyValue<string>(TASK_STATUS_MAP, t.status, '') === status).map((t) => t.id));
  return answers;
}

/** The same questions asked of the adopted database with the catalog's own SQL (tasks: their ids by status). */
async function v2Answers(url: string, questions: string[]): Promise<Record<string, number[]>> {
  const answers: Record<string, number[]> = {};
  for (const question of questions) {
    const [name, param] = question.split(' ') as [string, string];
    answers[question] = name === 'tasks'
      ? sorted((await query<{ id: number }>(url, 'select id from tasks where status = $1', [param])).map((r) => r.id))
      : sorted((await query<{ id: number }>(url, CATALOG.get(name)!, [param])).map((r) => r.id));
  }
  return answers;
}

describe.each(servers)('the adopted database on $label', { timeout: 120_000 }, (server) => {
  it('is a V2 database: check clean, every FK valid, stamped so a later migration applies, statistics gathered, catalog answers kept', async () => {
    await scratchLegacy(server.url, async (url) => {
      await buildShadowGooseLegacy(url);
      const legacy = await legacyAnswers(url);
      const adopted = await cli(['adopt', '--no-backup', '--report', join(dir, `${databaseName(url)}.md`)], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);

      const check = await cli(['check'], { DATABASE_URL: url });
      expect(check.code, check.out.join('\n')).toBe(0);
      expect(check.out.join('\n')).toMatch(/migrations.*all applied[\s\S]*schema.*match[\s\S]*conventions.*follow/);
      expect(await query(url, "select conname from pg_constraint where contype = 'f' and not convalidated")).toEqual([]);
      expect(await orphanedForeignKeys(url)).toEqual([]);

      // Statistics: every table analysed, so the planner knows its size from the first query.
      expect(await query(url, `select relname from pg_stat_user_tables where schemaname = 'public' and last_analyze is null and last_autoanalyze is null`)).toEqual([]);
      expect(await query(url, `select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and reltuples < 0`)).toEqual([]);

      // The finder's questions whose meaning did not change get the same grants as on the legacy database.
      expect(Object.values(legacy).some((ids) => ids.length > 1)).toBe(true);
      // Tasks the ledger set aside (their project was) are the ones whose meaning changed.
      const setAside = new Set((await query<{ id: number }>(url,
        "select legacy_id::int as id from legacy_archive.adoption_ledger where legacy_table = 'tasks' and fate = 'set-aside'")).map((r) => r.id));
      expect(setAside.size).toBeGreaterThan(0);
      for (const status of TASK_STATUSES) legacy[`tasks ${status}`] = legacy[`tasks ${status}`]!.filter((id) => !setAside.has(id));
      expect(await v2Answers(url, Object.keys(legacy))).toEqual(legacy);

      // The stamp: the consolidated migration and every later one of this version, so the next one applies as on any V2 database.
      const stamped = await query<{ name: string }>(url, 'select name from mikro_orm_migrations order by name');
      expect(stamped.map((m) => m.name)).toEqual(await migrationFiles());
      expect(stamped[0]!.name).toMatch(/_v2_consolidated_schema$/);
      const folder = await migrationsWithALaterOne();
      try {
        const orm = await createOrm({ url, migrationsDir: folder });
        try {
          expect((await migrateUp(orm)).applied).toEqual(['Migration20991231000000_adopt_later']);
        } finally {
          await orm.close();
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      expect(await query(url, "select column_name from information_schema.columns where table_name = 'grants' and column_name = 'adopt_later_note'")).toHaveLength(1);
    });
  });

  it('turns an empty database into an empty V2 database: migrated, stamped, recorded, and says so', async () => {
    await scratchLegacy(server.url, async (url) => {
      const report = join(dir, `${databaseName(url)}-empty.md`);
      const adopted = await cli(['adopt', '--no-backup', '--report', report], { DATABASE_URL: url });
      expect(adopted.code, adopted.err.join('\n')).toBe(0);
      expect(adopted.out).toContain('proof: the database held no table; it is now an empty V2 database (migrated, stamped, recorded).');
      expect(await readFile(report, 'utf8')).toContain('it is now an empty V2 database');
      expect((await withClient(url, readDatabaseRecord))).toMatchObject({ how: 'adopt', environment: 'development' });
      expect(await query(url, 'select name from mikro_orm_migrations')).toHaveLength((await migrationFiles()).length);
      const rows = await query<{ n: number }>(url, `select sum(n_live_tup)::int as n from pg_stat_user_tables where schemaname = 'public' and relname <> 'navimpact_metadata' and relname <> 'mikro_orm_migrations'`);
      expect(rows[0]!.n).toBe(0);
      expect((await userTables(url)).length).toBeGreaterThan(30);
      expect((await cli(['check'], { DATABASE_URL: url })).code).toBe(0);
      expect(await userTables(withDatabase(url, `${databaseName(url)}__legacy`))).toEqual([]);
    });
  });
});
