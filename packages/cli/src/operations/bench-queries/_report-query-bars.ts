import { escapeHtml, formatFactor, formatMs } from './_report-html.ts';
import { scaleFor, tickLabel } from './_report-scale.ts';
import type { QueryComparison, QueryTiming } from './results.ts';

// Layout in SVG units: a name column, the plot, the speed-up at the right end.
const WIDTH = 820;
const PLOT_LEFT = 220;
const PLOT_WIDTH = 500;
const BAR = 9;
const GROUP = 4 * BAR + 16;
const TOP = 34;
const AXIS = 36;

/** The four bars of a group, top to bottom, each with its CSS class (the colour) and its legend label. */
const BARS = [
  { key: 'legacy', pct: 'p50Ms', cls: 'legacy p50', label: 'legacy p50' },
  { key: 'legacy', pct: 'p95Ms', cls: 'legacy p95', label: 'legacy p95' },
  { key: 'v2', pct: 'p50Ms', cls: 'v2 p50', label: 'V2 p50' },
  { key: 'v2', pct: 'p95Ms', cls: 'v2 p95', label: 'V2 p95' },
] as const;

/** An SVG with one group of four bars (p50 and p95 on legacy and V2) per query on one shared time axis, and each speed-up. */
export function queryBarsSvg(queries: readonly QueryComparison[]): string {
  const scale = scaleFor(queries.flatMap((q) => [q.legacy.p50Ms, q.legacy.p95Ms, q.v2.p50Ms, q.v2.p95Ms]), PLOT_WIDTH);
  const height = TOP + queries.length * GROUP + AXIS;
  const groups = queries.map((q, i) => queryGroup(q, TOP + i * GROUP, scale.at));
  const plotBottom = TOP + queries.length * GROUP;
  const ticks = scale.ticks.map((t) => {
    const x = PLOT_LEFT + scale.at(t);
    return `<line class="grid" x1="${x}" x2="${x}" y1="${TOP - 4}" y2="${plotBottom}"/><text class="tick" x="${x}" y="${plotBottom + 14}" text-anchor="middle">${tickLabel(t)}</text>`;
  });
  const legend = BARS.map((b, i) =>
    `<rect class="${b.cls}" x="${PLOT_LEFT + i * 110}" y="6" width="12" height="12"/><text x="${PLOT_LEFT + i * 110 + 16}" y="16">${b.label}</text>`);
  const axisTitle = `time per query, ms${scale.log ? ' (log scale)' : ''}`;
  return `<svg id="query-bars" class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="query-bars-title">
<title id="query-bars-title">p50 and p95 of each query on legacy and V2, ${escapeHtml(axisTitle)}; the table below gives every figure</title>
${legend.join('')}
${ticks.join('\n')}
${groups.join('\n')}
<text class="axis-title" x="${PLOT_LEFT + PLOT_WIDTH / 2}" y="${height - 4}" text-anchor="middle">${escapeHtml(axisTitle)}</text>
<text class="axis-title" x="${WIDTH - 4}" y="16" text-anchor="end">speed-up</text>
</svg>`;
}

function queryGroup(q: QueryComparison, y: number, at: (ms: number) => number): string {
  const summary = `${q.name}: legacy p50 ${formatMs(q.legacy.p50Ms)} ms, p95 ${formatMs(q.legacy.p95Ms)} ms; ` +
    `V2 p50 ${formatMs(q.v2.p50Ms)} ms, p95 ${formatMs(q.v2.p95Ms)} ms; ${formatFactor(q.speedup)} faster; ` +
    `plans: legacy ${planText(q.legacy)}, V2 ${planText(q.v2)}`;
  const bars = BARS.map((b, i) => {
    const ms = q[b.key][b.pct];
    const w = Math.max(1, at(ms));
    return `<rect class="${b.cls}" x="${PLOT_LEFT}" y="${y + i * BAR}" width="${w.toFixed(1)}" height="${BAR - 1}"><title>${escapeHtml(`${b.label} ${formatMs(ms)} ms`)}</title></rect>`;
  });
  const middle = y + 2 * BAR + 4;
  return `<g class="query-bars" data-query="${escapeHtml(q.name)}"><title>${escapeHtml(summary)}</title>
<text class="query-name" x="${PLOT_LEFT - 8}" y="${middle}" text-anchor="end">${escapeHtml(shorten(q.name, 30))}</text>
${bars.join('')}
<text class="speedup" x="${WIDTH - 4}" y="${middle}" text-anchor="end">${escapeHtml(formatFactor(q.speedup))}</text></g>`;
}

/** A plan in words: its top node and the index it uses, e.g. "Index Scan on ix_grants_status_deadline". */
export function planText(t: QueryTiming): string {
  return `${t.topNode}${t.index ? ` on ${t.index}` : ', no index'}`;
}

/** The name cut to fit the label column; the group's title and the table give it whole. */
function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
