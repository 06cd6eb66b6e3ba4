import { describe, expect, it } from 'vitest';
import { INDUSTRY_FOCUSES, LOCATION_ELIGIBILITIES } from '@navimpact/schema';
import { buildDataset, resolveSeedOptions, type Row } from '../src/index.ts';

const DATE = '2026-07-01';
const dataset = buildDataset(resolveSeedOptions({ preset: 'demo', seed: 42, date: DATE, scale: 10 }));
const rows = (table: string) => dataset.get(table)!;

// The share of rows per value of a column, commonest first.
function shares(table: readonly Row[], column: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of table) counts.set(String(row[column]), (counts.get(String(row[column])) ?? 0) + 1);
  return [...counts].map(([value, n]): [string, number] => [value, n / table.length]).sort((a, b) => b[1] - a[1]);
}

describe('the demo preset is shaped like a real grants platform', () => {
  it('has most programs closed, 5-10% open, and deadlines over six years, most of them past', () => {
    const status = Object.fromEntries(shares(rows('grants'), 'status'));
    expect(status.closed).toBeGreaterThan(0.75);
    expect(status.open).toBeGreaterThanOrEqual(0.05);
    expect(status.open).toBeLessThanOrEqual(0.1);
    const years = new Set(rows('grants').filter((g) => g.deadline !== null && String(g.deadline) < DATE).map((g) => String(g.deadline).slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(6);
  });

  it.each([['industry_focus', INDUSTRY_FOCUSES], ['location_eligibility', LOCATION_ELIGIBILITIES]] as const)(
    'uses every %s, a few common and a long tail of rare ones',
    (column, values) => {
      const tally = shares(rows('grants'), column);
      expect(tally.map(([v]) => v).sort()).toEqual([...values].sort());
      expect(tally[0]![1] / tally.at(-1)![1]).toBeGreaterThan(8);
      expect(tally.filter(([, share]) => share < 0.05).length).toBeGreaterThan(values.length / 2);
    },
  );

  it('has a few very active people: the two busiest do most of the tasks, comments and hours', () => {
    for (const [table, column] of [['tasks', 'assigned_to_id'], ['task_comments', 'author_id'], ['time_entries', 'user_id']] as const) {
      const people = shares(rows(table).filter((r) => r[column] !== null), column);
      expect(people[0]![1] + people[1]![1], table).toBeGreaterThan(0.6);
    }
  });

  it("keeps Shadow Goose's applications to recent rounds, worth more than $500K", () => {
    const deadlines = new Map(rows('grants').map((g) => [g.id, g.deadline]));
    const oldest = rows('grant_applications').map((a) => String(deadlines.get(a.grant_id) ?? DATE)).sort()[0]!;
    expect(oldest >= '2025-05-01').toBe(true);
    expect(rows('grant_applications').reduce((sum, a) => sum + Number(a.amount_requested), 0)).toBeGreaterThan(500_000);
  });
});
