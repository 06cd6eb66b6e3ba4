/** Markup that is already escaped; only `html` and `raw` make one. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | bigint | boolean | null | undefined | Date | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup the studio wrote itself (inline SVG, the layout's script); never data from the database. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Date) return escapeHtml(part.toISOString());
  return escapeHtml(String(part));
}

/**
 * A template tag that escapes every interpolated value unless it is SafeHtml, so a page cannot
 * print a grant title or a cell value as markup by accident.
 *
 * @example
 * html`<td>${grant.title}</td>` // '<td>&lt;b&gt;…</td>' for a title '<b>…'
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new SafeHtml(out);
}

/** A URL with its query string, leaving out empty values; the result still goes through `html`. */
export function href(path: string, query: Record<string, string | number | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const AUD = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD', maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat('en-AU');

/** Whole Australian dollars, as the app shows them: "$12,500". */
export const money = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '—' : AUD.format(Number(value));

/** A count with thousands separators. */
export const count = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '—' : COUNT.format(Number(value));
