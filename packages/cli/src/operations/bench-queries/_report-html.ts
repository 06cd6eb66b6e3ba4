// Small HTML building blocks of the benchmark's report: every string from the data passes through
// `escapeHtml` here, so a query name or an index name can never become markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with the five characters that mean something in HTML (and SVG) made harmless, for content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Milliseconds with the digits that matter at their size: 0.041, 1.94, 12.7, 412. */
export function formatMs(ms: number): string {
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  return ms < 100 ? ms.toFixed(1) : String(Math.round(ms));
}

/** A speed-up factor: 3.4×, 131×. */
export function formatFactor(factor: number): string {
  return `${factor < 10 ? factor.toFixed(1) : Math.round(factor)}×`;
}

/** An integer with thousands separators: 1,000,005. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-AU');
}

/** A size in bytes as kB or MB. */
export function formatBytes(bytes: number): string {
  return bytes < 1_048_576 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** One cell: text is escaped; `numeric` right-aligns it. */
export interface Cell {
  text: string;
  numeric?: boolean;
}

/** A cell of text. */
export const text = (value: string): Cell => ({ text: value });
/** A right-aligned cell of an already formatted number. */
export const num = (value: string): Cell => ({ text: value, numeric: true });

/** A table with a caption, a header row and body rows; every header and cell is escaped. */
export function htmlTable(caption: string, headers: readonly Cell[], rows: readonly (readonly Cell[])[], id?: string): string {
  const cell = (tag: 'th' | 'td', c: Cell, scope = '') => `<${tag}${scope}${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.text)}</${tag}>`;
  const head = `<tr>${headers.map((h) => cell('th', h, ' scope="col"')).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((c, i) => cell(i === 0 ? 'th' : 'td', c, i === 0 ? ' scope="row"' : '')).join('')}</tr>`).join('\n');
  return `<table${id ? ` id="${escapeHtml(id)}"` : ''}><caption>${escapeHtml(caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table>`;
}
