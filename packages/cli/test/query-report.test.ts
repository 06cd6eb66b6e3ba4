import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/operations/bench-queries/_report-html.ts';
import { scaleFor } from '../src/operations/bench-queries/_report-scale.ts';
import { renderQueryReport } from '../src/operations/bench-queries/html-report.ts';
import type { QueryBenchResult } from '../src/operations/bench-queries/results.ts';

const fixture = async (): Promise<QueryBenchResult> =>
  JSON.parse(await readFile(join(import.meta.dirname, 'fixtures/query-bench-result.json'), 'utf8')) as QueryBenchResult;

describe('the bench:queries HTML report, as text', () => {
  it('escapes the five characters that mean something in HTML', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('draws wide spans on a log scale with a tick per power of ten, narrow ones linearly from 0', () => {
    const wide = scaleFor([0.04, 2, 412], 100);
    expect(wide.log).toBe(true);
    expect(wide.ticks).toEqual([0.01, 0.1, 1, 10, 100, 1000]);
    expect(wide.at(0.01)).toBe(0);
    expect(wide.at(1000)).toBe(100);
    const narrow = scaleFor([12, 30, 41], 100);
    expect(narrow.log).toBe(false);
    expect(narrow.ticks).toEqual([0, 20, 40, 60]);
    expect(narrow.at(30)).toBe(50);
  });

  it('is one page that loads nothing and may run nothing: no script, no external reference, a CSP that forbids both', async () => {
    const html = renderQueryReport(await fixture());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|https?:\/\/|src="(?!data:)/i);
  });

  it('renders a run that measured nothing without NaN or a broken chart, and says the goals are not met', async () => {
    const empty: QueryBenchResult = {
      ...(await fixture()), queries: [], load: { legacy: [], v2: [] }, clientsAtTarget: { legacy: 0, v2: 0 }, medianSpeedup: 0,
      indexUsage: { unusedIndexes: [], sequentialScans: [] },
    };
    const html = renderQueryReport(empty);
    expect(html).toContain('median speed-up over 0 queries');
    expect(html).toContain('No query was measured.');
    expect(html).toContain('Every index of V2 served a query of the workload.');
    expect(html).toContain('No large table was read by sequential scans.');
    expect(html.match(/not met/g)).toHaveLength(2);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('draws timings that all fall within a narrow span on a linear axis', async () => {
    const result = await fixture();
    const narrow = { ...result, queries: result.queries.slice(0, 2).map((q) => ({ ...q, v2: { ...q.v2, p50Ms: 20, p95Ms: 30 } })) };
    const html = renderQueryReport(narrow);
    expect(html).toContain('time per query, ms</text>');
    expect(html).not.toContain('time per query, ms (log scale)');
  });
});
