import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderQueryReport } from '../src/operations/bench-queries/html-report.ts';
import type { QueryBenchResult } from '../src/operations/bench-queries/results.ts';

// Debian's Chromium, as the studio's browser tests drive it: Playwright's browser download cannot
// reach its host here. Outside CI a machine without it skips this file; in CI that is a failure.
const CHROMIUM = process.env.NAVIMPACT_CHROMIUM ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) || process.env.CI ? undefined
  : `Report browser tests skipped: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (CI does this itself).`;
if (missing) console.warn(missing);

const HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> & "q"';

/** The realistic fixture, with one more query whose name, purpose and index are markup. */
async function fixture(): Promise<QueryBenchResult> {
  const result = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures/query-bench-result.json'), 'utf8')) as QueryBenchResult;
  const first = result.queries[0]!;
  result.queries.push({ ...first, name: HOSTILE, purpose: `</td></tr></table>${HOSTILE}`, v2: { ...first.v2, index: HOSTILE } });
  return result;
}

describe.skipIf(missing !== undefined)('the bench:queries HTML report in Chromium', () => {
  let result: QueryBenchResult;
  let folder: string;
  let context: BrowserContext;
  let page: Page;
  let pageUrl: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    result = await fixture();
    folder = await mkdtemp(join(tmpdir(), 'navimpact-report-'));
    const file = join(folder, 'bench-queries.html');
    await writeFile(file, renderQueryReport(result));
    pageUrl = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(join(folder, 'profile'), {
      executablePath: CHROMIUM, headless: true, offline: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pageUrl, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await context?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('loads offline from a file:// URL with no console error, no failed request and no request but its own', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pageUrl]);
  });

  it('shows the summary: the median speed-up over N queries, the clients at p95 <= 100 ms and both goals', async () => {
    expect(await page.textContent('#median-speedup dt')).toBe(`median speed-up over ${result.queries.length} queries`);
    expect(await page.textContent('#median-speedup dd')).toBe(`${Math.round(result.medianSpeedup)}×`);
    expect(await page.textContent('#clients-legacy dd')).toBe(String(result.clientsAtTarget.legacy));
    expect(await page.textContent('#clients-v2 dd')).toBe(String(result.clientsAtTarget.v2));
    expect(await page.textContent('#goal-speedup .met')).toBe('met');
    expect(await page.textContent('#goal-clients')).toContain('legacy 0, V2 64');
  });

  it('draws one bar group of four bars per query, on a log scale for sub-millisecond and second-long timings alike', async () => {
    const groups = await page.$$eval('#query-bars g.query-bars', (gs) => gs.map((g) => [g.getAttribute('data-query'), g.querySelectorAll('rect').length]));
    expect(groups).toEqual(result.queries.map((q) => [q.name, 4]));
    expect(await page.textContent('#query-bars-title')).toContain('log scale');
    const widths = await page.$$eval('g.query-bars:first-of-type rect', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]).toBeGreaterThan(widths[2]!);
    expect(await page.$$eval('#query-timings tbody tr', (rows) => rows.length)).toBe(result.queries.length);
  });

  it('draws throughput and p95 against 1, 8, 32 and 64 clients for each schema, with the 100 ms line', async () => {
    for (const chart of ['#load-throughput', '#load-p95']) {
      for (const schema of ['legacy', 'v2']) {
        const clients = await page.$$eval(`${chart} circle[data-schema="${schema}"]`, (cs) => cs.map((c) => Number(c.getAttribute('data-clients'))));
        expect(clients).toEqual([1, 8, 32, 64]);
      }
    }
    expect(await page.textContent('#load-p95 .threshold text')).toBe('100 ms');
    expect(await page.$$eval('#load-table tbody tr', (rows) => rows.length)).toBe(8);
  });

  it('lists the index-usage findings, the rows per table and the step times', async () => {
    const unused = await page.$$eval('#unused-indexes tbody tr th', (cells) => cells.map((c) => c.textContent));
    expect(unused).toEqual(result.indexUsage.unusedIndexes.map((u) => u.index));
    expect(await page.textContent('#sequential-scans tbody tr th')).toBe('grants');
    expect(await page.$$eval('#table-rows tbody tr', (rows) => rows.length)).toBe(Object.keys(result.tableRows).length);
    expect(await page.$$eval('#step-times tbody tr th', (cells) => cells.map((c) => c.textContent))).toEqual(Object.keys(result.stepsMs));
  });

  it('shows a query name, purpose and index that are markup as text, and runs nothing', async () => {
    expect(await page.$$eval('script, img', (found) => found.length)).toBe(0);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.textContent('#query-timings tbody tr:last-child th')).toBe(HOSTILE);
    expect(await page.textContent('#query-plans tbody tr:last-child td:nth-child(2)')).toBe(`</td></tr></table>${HOSTILE}`);
    expect(await page.textContent('#query-plans tbody tr:last-child td:nth-child(4)')).toContain(HOSTILE);
    expect(await page.$$eval('#query-plans tbody tr', (rows) => rows.length)).toBe(result.queries.length);
    expect(await page.textContent('#query-bars g.query-bars:last-of-type > title')).toContain(`V2 Index Scan on ${HOSTILE}`);
  });
});
