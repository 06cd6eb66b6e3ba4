import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOWERS_PROGRESS_SQL, MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';
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
