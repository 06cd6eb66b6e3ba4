import { beforeAll, describe, expect, it } from 'vitest';
import { mainTestServer, queryRows, withScratchDatabase } from '@navimpact/server/testing';
import { GRANT_STATUS_MAP } from '@navimpact/schema';
import { buildLegacyDatabase } from '../src/index.ts';

// The distributions a benchmark's realism rests on, read back with SQL from a generated database
// (about 5,000 grants and 1,000 tasks): the shares do not depend on the server, so one is enough.
const server = await mainTestServer();
const REF = '2025-08-03';

interface Shape {
  statuses: { status: string; n: number }[];
  industries: { value: string | null; n: number }[];
  locations: { value: string | null; n: number }[];
  taskOwners: number[];
  users: number;
  deadlines: { past: number; future: number; span_years: number; closed_after_ref: number };
}

async function readShape(url: string): Promise<Shape> {
  const counts = (column: string) =>
    queryRows<{ value: string | null; n: number }>(url, `select ${column} as value, count(*)::int as n from grants group by 1 order by 2 desc`);
  return {
    statuses: await queryRows(url, 'select status, count(*)::int as n from grants group by 1'),
    industries: await counts('industry_focus'),
    locations: await counts('location_eligibility'),
    taskOwners: (await queryRows<{ n: number }>(url,
      'select count(*)::int as n from tasks where assignee_id is not null group by assignee_id order by 1 desc')).map((r) => r.n),
    users: (await queryRows<{ n: number }>(url, 'select count(*)::int as n from users'))[0]!.n,
    deadlines: (await queryRows<Shape['deadlines']>(url, `select count(*) filter (where deadline < $1)::int as past,
      count(*) filter (where deadline >= $1)::int as future,
      (extract(epoch from $1::timestamp - min(deadline)) / 86400 / 365)::float8 as span_years,
      count(*) filter (where status in ('closed', 'expired') and deadline >= $1)::int as closed_after_ref from grants`, [REF]))[0]!,
  };
}

describe('the legacy generator\'s distributions', () => {
  let shape: Shape;
  beforeAll(async () => {
    shape = await withScratchDatabase(server.url, async (url) => {
      await buildLegacyDatabase(url, { seed: 42, rows: 20_000, date: REF });
      return readShape(url);
    }, 'navimpact_legacy');
  });

  it('has most programs closed and 5–10% open (open, active and closing_soon all become V2 open)', () => {
    const total = shape.statuses.reduce((s, r) => s + r.n, 0);
    const share = (v2: string) => shape.statuses.filter((r) => GRANT_STATUS_MAP[r.status] === v2).reduce((s, r) => s + r.n, 0) / total;
    expect(share('open')).toBeGreaterThanOrEqual(0.05);
    expect(share('open')).toBeLessThanOrEqual(0.1);
    expect(share('closed')).toBeGreaterThan(0.6);
  });

  it('has a dominant industry and a long tail, with the legacy app\'s spellings side by side', () => {
    const total = shape.industries.reduce((s, r) => s + r.n, 0);
    const named = shape.industries.filter((r) => r.value !== null);
    expect(named[0]!.n / total).toBeGreaterThan(0.2);
    expect(named.length).toBeGreaterThanOrEqual(50);
    expect(named.filter((r) => r.n / total < 0.01).length).toBeGreaterThanOrEqual(30);
    expect(named.map((r) => r.value)).toEqual(expect.arrayContaining(['arts', 'Arts', 'creative_arts', 'Creative Arts']));
    expect(shape.industries.some((r) => r.value === null)).toBe(true);
  });

  it('has national programs first, then Victoria in its spellings, then a tail of places', () => {
    const named = shape.locations.filter((r) => r.value !== null);
    expect(named[0]!.value).toBe('national');
    expect(named.map((r) => r.value)).toEqual(expect.arrayContaining(['victoria', 'Victoria', 'VIC']));
    expect(named.length).toBeGreaterThanOrEqual(30);
  });

  it('has a few very active users: the top 10% are assigned most tasks', () => {
    const total = shape.taskOwners.reduce((s, n) => s + n, 0);
    const top = shape.taskOwners.slice(0, Math.ceil(shape.users / 10)).reduce((s, n) => s + n, 0);
    expect(top / total).toBeGreaterThan(0.6);
  });

  it('has deadlines over years, mostly past, and none of a closed program ahead of the reference date', () => {
    const { past, future, span_years, closed_after_ref } = shape.deadlines;
    expect(past / (past + future)).toBeGreaterThan(0.7);
    expect(span_years).toBeGreaterThan(4);
    expect(closed_after_ref).toBe(0);
  });
});
