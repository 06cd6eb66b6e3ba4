import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatCount } from '../../format.ts';
import { TARGET_P95_MS } from './bench-queries.ts';
import { renderQueryReport } from './html-report.ts';
import type { LoadPoint, QueryBenchResult, QueryTiming } from './results.ts';

/** Where a run's reports go. */
export interface ReportPaths {
  json: string;
  html: string;
}

/** The default report files in `directory`, named for the run's start: bench-queries-<UTC time>.json and .html. */
export function defaultReportPaths(directory: string, startedAt: string): ReportPaths {
  const stamp = startedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return reportPathsBeside(resolve(directory, `bench-queries-${stamp}.json`));
}

/** The HTML report beside a chosen JSON file: the same name ending in .html. */
export function reportPathsBeside(json: string): ReportPaths {
  return { json, html: `${json.replace(/\.json$/i, '')}.html` };
}

/** Writes every report of a run: the JSON file in the shape of QueryBenchResult, and the HTML page drawn from it. */
export async function writeReports(result: QueryBenchResult, paths: ReportPaths): Promise<void> {
  await writeFile(paths.json, `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(paths.html, renderQueryReport(result));
}

/** The line every run ends with, for people and CI alike. */
export function summaryLine(result: QueryBenchResult): string {
  const { legacy, v2 } = result.clientsAtTarget;
  return `before/after: median speedup ${result.medianSpeedup}x over ${result.queries.length} queries; clients at p95<=${TARGET_P95_MS}ms: legacy ${legacy}, v2 ${v2}`;
}

function plan(t: QueryTiming): string {
  return t.index ? `${t.topNode} (${t.index})` : t.topNode;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Text columns (the first and the plans) align left, figures right.
  const cell = (value: string, i: number) => (i === 0 || header[i]!.endsWith('plan') ? value.padEnd(widths[i]!) : value.padStart(widths[i]!));
  return [header, ...rows].map((r) => `  ${r.map(cell).join('  ')}`.trimEnd());
}

function loadRows(label: string, points: readonly LoadPoint[]): string[][] {
  return points.map((p) => [label, String(p.clients), formatCount(p.queries), p.throughput.toFixed(1), p.p95Ms.toFixed(1)]);
}

/** The run as the terminal shows it: per query, under load, index usage (the summary line is printed last, apart). */
export function reportLines(result: QueryBenchResult): string[] {
  const ms = (t: QueryTiming) => `${t.p50Ms.toFixed(2)} / ${t.p95Ms.toFixed(2)}`;
  const lines = [`${result.server}, ${formatCount(result.legacyRows)} legacy rows, the same data adopted into V2`, ''];
  lines.push(...table(['query', 'legacy p50 / p95 ms', 'v2 p50 / p95 ms', 'speedup', 'buffers', 'legacy plan', 'v2 plan'],
    result.queries.map((q) => [q.name, ms(q.legacy), ms(q.v2), `${q.speedup}x`, `${q.legacy.sharedBuffers} → ${q.v2.sharedBuffers}`, plan(q.legacy), plan(q.v2)])));
  for (const q of result.v2Only) lines.push(`  ${q.name}: V2 only (${ms(q.v2)} ms, ${plan(q.v2)}): ${q.reason}`);
  for (const q of result.skipped) lines.push(`  ${q.name}: not measured: ${q.reason}`);
  lines.push('', `under load (the weighted mix of the ${result.queries.length} queries on both schemas):`);
  lines.push(...table(['schema', 'clients', 'queries', 'queries/s', 'p95 ms'], [...loadRows('legacy', result.load.legacy), ...loadRows('v2', result.load.v2)]));
  const ratios = result.load.v2.map((p, i) => `${p.clients} clients ${(p.throughput / Math.max(result.load.legacy[i]?.throughput ?? 0, 0.001)).toFixed(1)}x`);
  lines.push(`  throughput v2 ÷ legacy: ${ratios.join(', ')}`);
  lines.push('', 'V2 index usage after the workload:');
  const unused = result.indexUsage.unusedIndexes.filter((i) => i.tableRows > 0);
  lines.push(`  unused by every query: ${unused.filter((i) => !i.foreignKey).map((i) => i.index).join(', ') || 'none'}`);
  lines.push(`  foreign-key indexes no query read (kept for the keys' checks): ${unused.filter((i) => i.foreignKey).map((i) => i.index).join(', ') || 'none'}`);
  const idle = result.indexUsage.unusedIndexes.length - unused.length;
  if (idle > 0) lines.push(`  and ${idle} indexes of tables with no rows (V2 tables the legacy database has nothing for: applications, social metrics, OKRs), which nothing could use`);
  for (const s of result.indexUsage.sequentialScans) {
    lines.push(`  sequential scans on ${s.table} (${formatCount(s.rows)} rows): ${formatCount(s.seqScans)}, index scans ${formatCount(s.indexScans)}`);
  }
  return lines;
}
