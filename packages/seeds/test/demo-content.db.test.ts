import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, FOLLOWERS_PROGRESS_SQL, MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';
import { resolveSeedOptions, seedDatabase, SeedError } from '../src/index.ts';
import { useTestDatabase } from '../src/testing/index.ts';

// The date of test/vitest.setup.ts, whose demo template this file's database is cloned from.
const DATE = '2026-07-01';
const db = useTestDatabase();
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(() => client?.end());

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await client.query(sql, params)).rows[0] as T;

describe('the demo preset', () => {
  it('has Shadow Goose with 6 team members and 4 active projects of different kinds', async () => {
    const team = await one<{ users: string; roles: string }>(
      `select count(*) as users, count(distinct role) as roles from users u join organisations o on o.id = u.organisation_id where o.slug = 'shadow-goose-entertainment'`,
    );
    expect(team).toEqual({ users: '6', roles: '6' });
    const active = await one<{ n: string; kinds: string }>(`select count(*) as n, count(distinct kind) as kinds from projects where status = 'active'`);
    expect(active).toEqual({ n: '4', kinds: '4' });
    const unaligned = await one<{ n: string }>(
      `select count(*) as n from projects p where status = 'active' and (not exists (select from project_sdgs s where s.project_id = p.id) or not exists (select from project_priorities r where r.project_id = p.id))`,
    );
    expect(unaligned.n).toBe('0');
  });

  it('has the 17 real SDGs', async () => {
    const { rows } = await client.query<{ number: number; title: string }>('select number, title from sdgs order by number');
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(rows[12]!.title).toBe('Climate Action');
  });

  it('has applications worth more than $500K with outcomes consistent with dates', async () => {
    const total = await one<{ sum: string }>('select sum(amount_requested) as sum from grant_applications');
    expect(Number(total.sum)).toBeGreaterThan(500_000);
    const inconsistent = await one<{ n: string }>(
      `select count(*) as n from grant_applications a join grants g on g.id = a.grant_id
       where (a.status in ('awarded', 'rejected') and (a.decided_at is null or a.decided_at > $1::date or a.submitted_at > a.decided_at))
          or (a.status = 'draft' and a.submitted_at is not null)
          or (a.submitted_at > $1::date) or (a.status in ('awarded', 'rejected') and g.deadline >= $1::date)`,
      [DATE],
    );
    expect(inconsistent.n).toBe('0');
  });

  it('gives grants a status that agrees with the deadline', async () => {
    const wrong = await one<{ n: string }>(
      `select count(*) as n from grants where not (
         (deadline is null and status = 'rolling') or (deadline < $1::date and status = 'closed')
         or (deadline >= $1::date and deadline <= $1::date + 150 and status = 'open') or (deadline > $1::date + 150 and status = 'upcoming'))`,
      [DATE],
    );
    expect(wrong.n).toBe('0');
    const bands = await one<{ past: string; soon: string; none: string }>(
      `select count(*) filter (where deadline < $1::date) as past, count(*) filter (where deadline between $1::date and $1::date + 30) as soon,
              count(*) filter (where deadline is null) as none from grants`,
      [DATE],
    );
    expect(Object.values(bands).every((n) => Number(n) > 0)).toBe(true);
  });

  it("assigns tasks only to people of the project's organisation", async () => {
    const outside = await one<{ n: string }>(
      `select count(*) as n from tasks t join projects p on p.id = t.project_id join users u on u.id = t.assigned_to_id where u.organisation_id <> p.organisation_id`,
    );
    expect(outside.n).toBe('0');
  });

  it('has a year of daily metrics per account and OKR 4.1 progress from one query', async () => {
    const series = await one<{ accounts: string; min_days: string; last: string }>(
      `select count(*) as accounts, min(days) as min_days, max(last)::text as last from (
         select social_account_id, count(distinct date) as days, max(date) as last from social_metrics group by 1) s`,
    );
    expect(Number(series.accounts)).toBeGreaterThanOrEqual(6);
    expect(series.min_days).toBe('365');
    expect(series.last).toBe('2026-06-30');
    const { rows } = await client.query(FOLLOWERS_PROGRESS_SQL, ['4.1']);
    expect(rows).toHaveLength(1);
    const progress = Number(rows[0].progress_pct);
    expect(progress).toBeGreaterThan(0);
    expect(progress).toBeLessThan(100);
  });

  it('leaves no entity table empty', async () => {
    const { rows } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = current_schema() and not (tablename = any($1)) order by 1`,
      [[MIGRATIONS_TABLE, RECORD_TABLE]],
    );
    expect(rows).toHaveLength(ENTITIES.length);
    for (const { name } of rows) {
      const filled = await one<{ n: string }>(`select count(*) as n from ${pg.escapeIdentifier(name)}`);
      expect(Number(filled.n), name).toBeGreaterThan(0);
    }
  });

  it("adds up each task's time entries to its actual hours, logged by the assignee or project members before the reference date", async () => {
    const wrong = await one<{ n: string; logged: string }>(
      `select count(*) filter (where t.actual_hours <> coalesce(e.hours, 0)) as n, count(*) filter (where e.hours > 0) as logged
       from tasks t left join (select task_id, sum(duration_minutes) / 60.0 as hours from time_entries group by 1) e on e.task_id = t.id`,
    );
    expect(wrong.n).toBe('0');
    expect(Number(wrong.logged)).toBeGreaterThan(20);
    const outside = await one<{ n: string }>(
      `select count(*) as n from time_entries e join tasks t on t.id = e.task_id
       where e.ended_at > $1::date or e.started_at < t.created_at or e.duration_minutes <> extract(epoch from e.ended_at - e.started_at) / 60
          or (e.user_id is distinct from t.assigned_to_id and not exists (select from project_members m where m.project_id = t.project_id and m.user_id = e.user_id))`,
      [DATE],
    );
    expect(outside.n).toBe('0');
  });

  it('threads comments on tasks, mentioning and reacting only as members of the task\'s project', async () => {
    const strangers = await one<{ n: string }>(
      `select count(*) as n from (
         select t.project_id, m.user_id from task_comment_mentions m join task_comments c on c.id = m.comment_id join tasks t on t.id = c.task_id
         union all select t.project_id, r.user_id from reactions r join task_comments c on c.id = r.comment_id join tasks t on t.id = c.task_id
         union all select t.project_id, c.author_id from task_comments c join tasks t on t.id = c.task_id) x
       where not exists (select from project_members pm where pm.project_id = x.project_id and pm.user_id = x.user_id)`,
    );
    expect(strangers.n).toBe('0');
    const threads = await one<{ replies: string; bad: string }>(
      `select count(*) filter (where c.parent_id is not null) as replies,
              count(*) filter (where p.task_id <> c.task_id or p.created_at > c.created_at) as bad
       from task_comments c left join task_comments p on p.id = c.parent_id`,
    );
    expect(Number(threads.replies)).toBeGreaterThan(0);
    expect(threads.bad).toBe('0');
  });

  it("gives Shadow Goose's four active projects media on real outlets, a daily series per released item and impact stories", async () => {
    const media = await one<{ projects: string; platforms: string; stories: string }>(
      `select count(distinct i.project_id) as projects, count(distinct d.platform) as platforms, count(distinct s.id) as stories
       from media_items i join projects p on p.id = i.project_id and p.status = 'active'
       left join media_distributions d on d.media_item_id = i.id left join impact_stories s on s.media_item_id = i.id`,
    );
    expect(media.projects).toBe('4');
    expect(Number(media.platforms)).toBeGreaterThanOrEqual(6);
    expect(Number(media.stories)).toBeGreaterThan(0);
    const gaps = await one<{ n: string }>(
      `select count(*) as n from media_items i left join (select media_item_id, count(*) as days, min(date) as first, max(date) as last from media_performance_metrics group by 1) m on m.media_item_id = i.id
       where m.days is distinct from least(365, $1::date - i.release_date) or m.first <> i.release_date or m.last <> $1::date - 1`,
      [DATE],
    );
    expect(gaps.n).toBe('0');
  });

  it('records scraper runs for every real source, most of them successful, and grants from those sources, some without published amounts', async () => {
    const runs = await one<{ sources: string; success: string; total: string; last: string }>(
      `select count(distinct source) as sources, count(*) filter (where status = 'success') as success, count(*) as total, max(ended_at)::date::text as last from scraper_runs`,
    );
    expect(runs.sources).toBe('9');
    expect(Number(runs.success) / Number(runs.total)).toBeGreaterThan(0.7);
    expect(runs.last).toBe('2026-06-30');
    const grants = await one<{ scraped: string; manual_unsigned: string; scraped_signed: string }>(
      `select count(*) filter (where source <> 'manual') as scraped, count(*) filter (where source = 'manual' and created_by_id is null) as manual_unsigned,
              count(*) filter (where source <> 'manual' and created_by_id is not null) as scraped_signed from grants`,
    );
    expect(Number(grants.scraped)).toBeGreaterThan(100);
    expect([grants.manual_unsigned, grants.scraped_signed]).toEqual(['0', '0']);
    const unpublished = await one<{ n: string; applied: string }>(
      `select count(*) as n, count(*) filter (where exists (select from grant_applications a where a.grant_id = g.id)) as applied from grants g where amount_min is null`,
    );
    expect(Number(unpublished.n)).toBeGreaterThan(0);
    expect(unpublished.applied).toBe('0');
  });

  it('gives every user a full profile and a bcrypt hash the check constraint accepts', async () => {
    const missing = await one<{ n: string }>(
      `select count(*) as n from users where password_hash is null or bio is null or avatar_url is null or job_title is null or location is null
          or timezone <> 'Australia/Melbourne' or cardinality(skills) = 0 or cardinality(interests) = 0 or social_links = '{}' or preferences = '{}'`,
    );
    expect(missing.n).toBe('0');
  });

  it('timestamps nothing after the reference date', async () => {
    const { rows } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.columns where column_name = 'created_at' and table_schema = current_schema() and not (table_name = any($1))`,
      [[MIGRATIONS_TABLE, RECORD_TABLE]],
    );
    for (const { name } of rows) {
      const late = await one<{ n: string }>(`select count(*) as n from ${pg.escapeIdentifier(name)} where created_at > $1::date or updated_at < created_at`, [DATE]);
      expect(late.n, name).toBe('0');
    }
  });

  it('refuses to seed a database that already has data, and leaves it as it was', async () => {
    const before = await one<{ n: string }>('select count(*) as n from grants');
    const error = await seedDatabase(db.url, resolveSeedOptions({ preset: 'minimal' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(error).toMatchObject({ code: 'NOT_EMPTY' });
    expect(await one<{ n: string }>('select count(*) as n from grants')).toEqual(before);
  });
});
