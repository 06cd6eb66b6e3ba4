import { escapeHtml } from './_report-html.ts';
import { scaleFor, tickLabel } from './_report-scale.ts';
import type { LoadPoint } from './results.ts';

const WIDTH = 400;
const HEIGHT = 260;
const LEFT = 64;
const RIGHT = 24;
const TOP = 46;
const BOTTOM = 44;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** One line chart of the load test: a figure of each schema's points against the number of clients. */
export interface LoadChart {
  id: string;
  title: string;
  /** The y axis' unit, e.g. "queries/s". */
  unit: string;
  value: (point: LoadPoint) => number;
  /** A horizontal line at this value, labelled (the 100 ms target). */
  threshold?: { value: number; label: string };
}

const SERIES = [{ schema: 'legacy', label: 'legacy' }, { schema: 'v2', label: 'V2' }] as const;

/** An SVG line chart of both schemas against clients (1, 8, 32, 64 on a log2 axis), each point titled with its figure. */
export function loadChartSvg(chart: LoadChart, load: { legacy: readonly LoadPoint[]; v2: readonly LoadPoint[] }): string {
  const all = [...load.legacy, ...load.v2];
  const values = all.map(chart.value).concat(chart.threshold ? [chart.threshold.value] : []);
  const y = scaleFor(values, PLOT_H);
  const clients = [...new Set(all.map((p) => p.clients))].sort((a, b) => a - b);
  const span = Math.max(1, Math.log2(clients[clients.length - 1] ?? 1) - Math.log2(clients[0] ?? 1));
  const xAt = (c: number) => LEFT + ((Math.log2(c) - Math.log2(clients[0] ?? 1)) / span) * PLOT_W;
  const yAt = (v: number) => TOP + PLOT_H - y.at(v);
  const yTicks = y.ticks.map((t) => `<line class="grid" x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${yAt(t)}" y2="${yAt(t)}"/>` +
    `<text class="tick" x="${LEFT - 6}" y="${yAt(t) + 4}" text-anchor="end">${tickLabel(t)}</text>`);
  const xTicks = clients.map((c) => `<text class="tick" x="${xAt(c)}" y="${TOP + PLOT_H + 16}" text-anchor="middle">${c}</text>`);
  const lines = SERIES.map(({ schema, label }) => {
    const points = [...load[schema]].sort((a, b) => a.clients - b.clients);
    const path = points.map((p) => `${xAt(p.clients).toFixed(1)},${yAt(chart.value(p)).toFixed(1)}`).join(' ');
    const dots = points.map((p) => `<circle class="point ${schema}" data-schema="${schema}" data-clients="${p.clients}" cx="${xAt(p.clients).toFixed(1)}" ` +
      `cy="${yAt(chart.value(p)).toFixed(1)}" r="4"><title>${escapeHtml(`${label}, ${p.clients} clients: ${tickLabel(chart.value(p))} ${chart.unit}`)}</title></circle>`);
    return `<g class="series ${schema}"><polyline class="line ${schema}" points="${path}"/>${dots.join('')}</g>`;
  });
  return `<svg id="${escapeHtml(chart.id)}" class="chart load" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${escapeHtml(chart.id)}-title">
<title id="${escapeHtml(chart.id)}-title">${escapeHtml(`${chart.title} against concurrent clients, legacy and V2${y.log ? ' (log scale)' : ''}`)}</title>
<text class="chart-title" x="${LEFT}" y="16">${escapeHtml(`${chart.title}, ${chart.unit}${y.log ? ' (log scale)' : ''}`)}</text>
${legend()}
${yTicks.join('\n')}
${thresholdLine(chart.threshold, yAt)}
${xTicks.join('')}
<text class="axis-title" x="${LEFT + PLOT_W / 2}" y="${HEIGHT - 6}" text-anchor="middle">concurrent clients</text>
${lines.join('\n')}
</svg>`;
}

function legend(): string {
  return SERIES.map(({ schema, label }, i) => {
    const x = LEFT + i * 80;
    return `<line class="line ${schema}" x1="${x}" x2="${x + 18}" y1="28" y2="28"/><text x="${x + 24}" y="32">${label}</text>`;
  }).join('');
}

function thresholdLine(threshold: LoadChart['threshold'], yAt: (v: number) => number): string {
  if (!threshold) return '';
  const ty = yAt(threshold.value).toFixed(1);
  return `<g class="threshold"><line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${ty}" y2="${ty}"/>` +
    `<text x="${LEFT + PLOT_W}" y="${Number(ty) - 4}" text-anchor="end">${escapeHtml(threshold.label)}</text></g>`;
}
