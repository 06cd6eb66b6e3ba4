import { escapeHtml, formatBytes, formatCount, formatFactor, formatMs, htmlTable, num, text } from './_report-html.ts';
import { loadChartSvg } from './_report-load-chart.ts';
import { planText, queryBarsSvg } from './_report-query-bars.ts';
import { REPORT_CSS } from './_report-style.ts';
import { TARGET_P95_MS } from './bench-queries.ts';
import type { QueryBenchResult, QueryComparison } from './results.ts';

// The issue's goals: V2 at least 5× faster at the median, and holding at least 5× the clients of
// legacy at a p95 of 100 ms.
const SPEEDUP_GOAL = 5;
const CLIENTS_GOAL = 5;

// No script may run and nothing may be fetched: the page is data, and opens the same offline.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The benchmark's result as one self-contained HTML page (inline CSS and SVG, no script, no request):
 * the summary against the goals, before/after bars per query, throughput and p95 against clients,
 * the index-usage findings, rows per table and step times, each chart with its table.
 * @example await writeFile('bench-queries.html', renderQueryReport(result));
 */
export function renderQueryReport(result: QueryBenchResult): string {
  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>NavImpact query benchmark: legacy against V2</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>NavImpact query benchmark: legacy against V2</h1>
<p class="meta">Started ${escapeHtml(result.startedAt)} on ${escapeHtml(result.server)}; ${formatCount(result.legacyRows)} legacy rows, the same data in both schemas.</p>
${summarySection(result)}
${querySection(result.queries)}
${loadSection(result)}
${indexUsageSection(result)}
${dataSection(result)}
</main>
</body>
</html>
`;
}

function summarySection(result: QueryBenchResult): string {
  const { legacy, v2 } = result.clientsAtTarget;
  const fastEnough = result.queries.length > 0 && result.medianSpeedup >= SPEEDUP_GOAL;
  const enoughClients = v2 > 0 && v2 >= CLIENTS_GOAL * legacy;
  const verdict = (met: boolean) => `<span class="${met ? 'met' : 'unmet'}">${met ? 'met' : 'not met'}</span>`;
  const figure = (id: string, label: string, value: string) => `<div id="${id}"><dt>${label}</dt><dd>${value}</dd></div>`;
  return `<section id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<dl class="figures">
${figure('median-speedup', `median speed-up over ${result.queries.length} queries`, escapeHtml(formatFactor(result.medianSpeedup)))}
${figure('clients-legacy', `legacy clients at p95 ≤ ${TARGET_P95_MS} ms`, String(legacy))}
${figure('clients-v2', `V2 clients at p95 ≤ ${TARGET_P95_MS} ms`, String(v2))}
</dl>
<p id="goal-speedup">Goal: V2 at least ${SPEEDUP_GOAL}× faster at the median: ${verdict(fastEnough)} (${escapeHtml(formatFactor(result.medianSpeedup))}).</p>
<p id="goal-clients">Goal: V2 holds at least ${CLIENTS_GOAL}× the clients of legacy at p95 ≤ ${TARGET_P95_MS} ms: ${verdict(enoughClients)} (legacy ${legacy}, V2 ${v2}, of the client counts measured).</p>
</section>`;
}

function querySection(queries: readonly QueryComparison[]): string {
  const timings = htmlTable('Time per query (ms) and speed-up (legacy p50 ÷ V2 p50)',
    ['query', 'weight', 'legacy p50', 'legacy p95', 'V2 p50', 'V2 p95', 'speed-up'].map((h, i) => (i > 0 ? num(h) : text(h))),
    queries.map((q) => [text(q.name), num(String(q.weight)), num(formatMs(q.legacy.p50Ms)), num(formatMs(q.legacy.p95Ms)),
      num(formatMs(q.v2.p50Ms)), num(formatMs(q.v2.p95Ms)), num(formatFactor(q.speedup))]), 'query-timings');
  const plans = htmlTable('Plans: the top node and the index each schema uses, rows returned (legacy / V2 where they differ), shared buffers per run',
    [text('query'), text('purpose'), text('legacy plan'), text('V2 plan'), num('rows'), num('legacy buffers'), num('V2 buffers')],
    queries.map((q) => [text(q.name), text(q.purpose), text(planText(q.legacy)), text(planText(q.v2)), num(q.legacy.rows === q.v2.rows ? formatCount(q.v2.rows) : `${formatCount(q.legacy.rows)} / ${formatCount(q.v2.rows)}`),
      num(formatCount(q.legacy.sharedBuffers)), num(formatCount(q.v2.sharedBuffers))]), 'query-plans');
  const chart = queries.length > 0 ? queryBarsSvg(queries) : '<p>No query was measured.</p>';
  return `<section id="queries" aria-labelledby="queries-heading">
<h2 id="queries-heading">Each query before and after</h2>
<p class="note">Each query of the catalog in its legacy and its V2 form, run repeatedly with parameters that return rows.</p>
${chart}
${timings}
${plans}
</section>`;
}

function loadSection(result: QueryBenchResult): string {
  const target = { value: TARGET_P95_MS, label: `${TARGET_P95_MS} ms` };
  const charts = [
    loadChartSvg({ id: 'load-throughput', title: 'Throughput', unit: 'queries/s', value: (p) => p.throughput }, result.load),
    loadChartSvg({ id: 'load-p95', title: 'p95', unit: 'ms', value: (p) => p.p95Ms, threshold: target }, result.load),
  ];
  const rows = (['legacy', 'v2'] as const).flatMap((schema) => result.load[schema].map((p) => [text(schema === 'v2' ? 'V2' : 'legacy'),
    num(String(p.clients)), num(formatCount(p.queries)), num(p.seconds.toFixed(1)), num(p.throughput.toFixed(1)), num(formatMs(p.p95Ms))]));
  const table = htmlTable('The weighted mix of the catalog at each number of concurrent clients',
    [text('schema'), num('clients'), num('queries'), num('seconds'), num('queries/s'), num('p95 ms')], rows, 'load-table');
  return `<section id="load" aria-labelledby="load-heading">
<h2 id="load-heading">Under load</h2>
<p class="note">The catalog's queries mixed by their weights, at each number of concurrent clients; the dashed line is the ${TARGET_P95_MS} ms target.</p>
<div class="charts">${charts.join('\n')}</div>
${table}
</section>`;
}

function indexUsageSection(result: QueryBenchResult): string {
  const { unusedIndexes, sequentialScans } = result.indexUsage;
  const unused = unusedIndexes.length === 0 ? '<p id="unused-indexes">Every index of V2 served a query of the workload.</p>'
    : htmlTable('Indexes of V2 that no query of the workload used', [text('index'), text('table'), num('size')],
      unusedIndexes.map((u) => [text(u.index), text(u.table), num(formatBytes(u.bytes))]), 'unused-indexes');
  const scans = sequentialScans.length === 0 ? '<p id="sequential-scans">No large table was read by sequential scans.</p>'
    : htmlTable('Large tables of V2 read by sequential scans', [text('table'), num('rows'), num('sequential scans'), num('index scans')],
      sequentialScans.map((s) => [text(s.table), num(formatCount(s.rows)), num(formatCount(s.seqScans)), num(formatCount(s.indexScans))]),
      'sequential-scans');
  return `<section id="index-usage" aria-labelledby="index-usage-heading">
<h2 id="index-usage-heading">Index usage on V2 after the workload</h2>
${unused}
${scans}
</section>`;
}

function dataSection(result: QueryBenchResult): string {
  const tables = htmlTable('Rows per table the catalog reads (the same in both schemas)', [text('table'), num('rows')],
    Object.entries(result.tableRows).map(([table, rows]) => [text(table), num(formatCount(rows))]), 'table-rows');
  const steps = htmlTable('Time of each step of the run', [text('step'), num('seconds')],
    Object.entries(result.stepsMs).map(([step, ms]) => [text(step), num((ms / 1000).toFixed(1))]), 'step-times');
  return `<section id="data" aria-labelledby="data-heading">
<h2 id="data-heading">The data and the run</h2>
${tables}
${steps}
</section>`;
}
