import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUERY_CATALOG } from '@navimpact/schema';
import { databaseName } from '@navimpact/server';
import { QUERY_WEIGHTS } from '../src/operations/bench-queries/_weights.ts';
import type { QueryBenchResult } from '../src/operations/bench-queries/results.ts';
import { cli, query, SERVER, withScratchDatabase } from './_cli.ts';

const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-bench-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const benchDatabases = (url: string) => query<{ datname: string }>(SERVER, `select datname from pg_database where datname like $1`,
  [`${databaseName(url)}\\_bench%`]).then((rows) => rows.map((r) => r.datname));

describe('bench:queries', () => {
  it('weights every catalog query for the load test', () => {
    expect(Object.keys(QUERY_WEIGHTS).sort()).toEqual(QUERY_CATALOG.map((q) => q.name).sort());
  });

  it('measures every catalog query it can on both schemas, under load, writes the JSON and ends with the summary line', async () => {
    await withScratchDatabase(async (url) => {
      const file = join(dir, 'small.json');
      const { code, out, err } = await cli(['bench:queries', '--rows', '20000', '--seconds', '1', '--clients', '1,8', '--runs', '5', '--json', file],
        { DATABASE_URL: url });
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const result = JSON.parse(await readFile(file, 'utf8')) as QueryBenchResult;
      const accounted = [...result.queries, ...result.v2Only, ...result.skipped].map((q) => q.name).sort();
      expect(accounted).toEqual(QUERY_CATALOG.map((q) => q.name).sort());
      expect(result.queries.length).toBeGreaterThanOrEqual(15);
      for (const q of result.queries) {
        expect(q.legacy.rows * q.v2.rows, q.name).toBeGreaterThan(0);
        expect(q.speedup).toBeCloseTo(q.legacy.p50Ms / q.v2.p50Ms, 0);
      }
      expect(result.v2Only.map((q) => q.name)).toContain('grants_for_org_type');
      expect(result.load.legacy.map((p) => p.clients)).toEqual([1, 8]);
      expect(result.load.v2.every((p) => p.queries > 0 && p.throughput > 0)).toBe(true);
      expect(result.indexUsage.unusedIndexes.every((i) => i.index.startsWith('ix_'))).toBe(true);
      expect(out.some((l) => /^  query +legacy p50 \/ p95 ms +v2 p50 \/ p95 ms +speedup +buffers +legacy plan +v2 plan$/.test(l))).toBe(true);
      expect(out.find((l) => l.startsWith('  grants_by_status '))).toMatch(/ Index Scan \(ix_grants_status_deadline\)$/);
      // The HTML report beside the JSON, drawn from the same result (its rendering is tested in Chromium).
      const html = await readFile(join(dir, 'small.html'), 'utf8');
      expect(out).toContain(`HTML: ${join(dir, 'small.html')}`);
      for (const q of result.queries) expect(html).toContain(q.name);
      const { legacy, v2 } = result.clientsAtTarget;
      expect(out.at(-1)).toBe(`before/after: median speedup ${result.medianSpeedup}x over ${result.queries.length} queries; clients at p95<=100ms: legacy ${legacy}, v2 ${v2}`);
      expect(await benchDatabases(url)).toEqual([]);
    });
  }, 120_000);

  it('refuses a bad number or a folder that does not exist in one sentence, before touching any database', async () => {
    await withScratchDatabase(async (url) => {
      const rows = await cli(['bench:queries', '--rows', 'many'], { DATABASE_URL: url });
      expect(rows.code).toBe(2);
      expect(rows.err).toEqual(['error: --rows takes a whole number of at least 1000, not "many". Run `navimpact bench:queries --help`.']);
      const json = await cli(['bench:queries', '--json', join(dir, 'nowhere', 'r.json')], { DATABASE_URL: url });
      expect(json.code).toBe(2);
      expect(json.err).toHaveLength(1);
      expect(json.err[0]).toMatch(/^error: --json names a file in .*nowhere, a folder that does not exist\. Run/);
      expect(await benchDatabases(url)).toEqual([]);
    });
  });
});
