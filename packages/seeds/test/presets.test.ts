import { describe, expect, it } from 'vitest';
import { SCRAPER_SOURCES } from '@navimpact/schema';
import { buildDataset, resolveSeedOptions } from '../src/index.ts';

const count = (preset: 'minimal' | 'demo', scale = 1) =>
  Object.fromEntries([...buildDataset(resolveSeedOptions({ preset, scale })).entries()].map(([t, rows]) => [t, rows.length]));

describe('presets', () => {
  it('minimal is reference data and Shadow Goose alone', () => {
    const rows = count('minimal');
    expect(rows).toMatchObject({ sdgs: 17, organisations: 1, users: 6, projects: 4, media_items: 16 });
    for (const table of ['project_tags', 'media_distributions', 'impact_stories', 'client_accounts', 'client_project_access']) expect(rows[table], table).toBeGreaterThan(0);
    expect(rows.grants).toBeUndefined();
    expect(rows.media_performance_metrics).toBeUndefined();
    expect(rows.social_metrics).toBeUndefined();
  });

  it('demo has hundreds of grants and thousands of metrics, and --scale multiplies them', () => {
    const demo = count('demo');
    expect(demo.grants).toBeGreaterThanOrEqual(200);
    expect(demo.social_metrics).toBeGreaterThanOrEqual(2000);
    const doubled = count('demo', 2);
    expect(doubled.grants).toBe(demo.grants! * 2);
    expect(doubled.tasks!).toBeGreaterThan(demo.tasks! * 1.5);
    expect(doubled.social_metrics!).toBeGreaterThan(demo.social_metrics!);
    expect(doubled.users).toBe(6);
    for (const table of ['media_items', 'media_performance_metrics', 'time_entries', 'task_comments', 'scraper_runs']) expect(doubled[table]!, table).toBeGreaterThan(demo[table]! * 1.5);
  });

  it('runs every real scraper, in the order of the schema\'s list', () => {
    const runs = buildDataset(resolveSeedOptions({ date: '2026-07-01' })).get('scraper_runs')!;
    expect([...new Set(runs.map((r) => r.source))]).toEqual([...SCRAPER_SOURCES]);
  });

  it('never reads the clock: building twice gives equal rows', () => {
    const options = resolveSeedOptions({ seed: 3, date: '2025-03-01' });
    expect(buildDataset(options)).toEqual(buildDataset(options));
  });

  it.each(['2026-07-01', '2031-03-15', '2100-12-31'])('at %s names only the years of the platform\'s six years of rounds and the next, and open grants are still open', (date) => {
    const grants = buildDataset(resolveSeedOptions({ preset: 'demo', seed: 42, date })).get('grants')!;
    const year = Number(date.slice(0, 4));
    const years = grants.flatMap((g) => `${g.title} ${g.description}`.match(/\b\d{4}\b/g) ?? []).map(Number);
    // Closed rounds go back six years; a funding year starting before the oldest deadline's year names one more.
    expect(Math.min(...years)).toBeGreaterThanOrEqual(year - 7);
    expect(Math.max(...years)).toBeLessThanOrEqual(year + 2);
    expect(grants.filter((g) => String(g.title).includes(String(year)) || String(g.title).includes(`${year}–`)).length).toBeGreaterThan(20);
    for (const g of grants.filter((g) => g.status === 'open' || g.status === 'upcoming')) expect(String(g.deadline) >= date, String(g.title)).toBe(true);
    for (const g of grants.filter((g) => g.status === 'closed')) expect(String(g.description)).toMatch(/closed on \d{1,2} \w+ \d{4}\.$/);
  });
});
