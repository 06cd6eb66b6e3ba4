import { count, html, raw, type SafeHtml } from './html.ts';

/** One day's value of a series. */
export interface Point {
  date: string;
  value: number;
}

/** The lines drawn besides the series, and the chart's size in SVG units. */
export interface LineChartOptions {
  target: number;
  baseline: number;
  /** The day the target is due; the x axis reaches it so the remaining gap shows. */
  due: string;
  width?: number;
  height?: number;
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * An inline SVG line chart of a daily series against a horizontal target: no script, no library,
 * nothing loaded, and the numbers stay in the page's text for tests and screen readers.
 */
export function lineChart(points: readonly Point[], options: LineChartOptions): SafeHtml {
  const { target, baseline, due, width = 640, height = 240 } = options;
  if (points.length === 0) return html`<p class="muted">No daily numbers yet.</p>`;
  const pad = { left: 56, right: 16, top: 14, bottom: 26 };
  const x0 = day(points[0]!.date);
  const x1 = Math.max(day(points.at(-1)!.date), day(due));
  const step = niceStep(Math.max(target, ...points.map((p) => p.value)) / 4);
  const yMax = Math.ceil((Math.max(target, ...points.map((p) => p.value)) * 1.04) / step) * step;
  const sx = (d: number) => pad.left + ((d - x0) / Math.max(1, x1 - x0)) * (width - pad.left - pad.right);
  const sy = (v: number) => height - pad.bottom - (v / yMax) * (height - pad.top - pad.bottom);
  const line = points.map((p) => `${sx(day(p.date)).toFixed(1)},${sy(p.value).toFixed(1)}`).join(' ');
  const ticks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step);
  const last = points.at(-1)!;
  const markup = `
<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Combined followers by day against the target">
  ${ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#e6e9f0"/>
  <text x="${pad.left - 6}" y="${sy(t) + 4}" font-size="10" text-anchor="end" fill="#5b6478">${count(t)}</text>`).join('')}
  <line x1="${pad.left}" x2="${width - pad.right}" y1="${sy(target)}" y2="${sy(target)}" stroke="#1f8a4c" stroke-dasharray="6 4" stroke-width="1.5"/>
  <text x="${width - pad.right}" y="${sy(target) - 5}" font-size="11" text-anchor="end" fill="#1f8a4c">target ${count(target)} by ${due}</text>
  <line x1="${pad.left}" x2="${width - pad.right}" y1="${sy(baseline)}" y2="${sy(baseline)}" stroke="#b9c0cf" stroke-dasharray="2 3"/>
  <text x="${width - pad.right}" y="${sy(baseline) + 13}" font-size="10" text-anchor="end" fill="#5b6478">baseline ${count(baseline)}</text>
  <polyline points="${line}" fill="none" stroke="#2f5fd0" stroke-width="2"/>
  <circle cx="${sx(day(last.date))}" cy="${sy(last.value)}" r="3.5" fill="#2f5fd0"/>
  <text x="${pad.left}" y="${height - 8}" font-size="10" fill="#5b6478">${points[0]!.date}</text>
  <text x="${sx(day(last.date))}" y="${height - 8}" font-size="10" text-anchor="middle" fill="#5b6478">${last.date}</text>
  <text x="${width - pad.right}" y="${height - 8}" font-size="10" text-anchor="end" fill="#5b6478">${due}</text>
</svg>`;
  // Every interpolated value above is a number or an ISO date the studio computed.
  return raw(markup);
}

// 1, 2 or 5 times a power of ten: axis labels people read at a glance.
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
}
