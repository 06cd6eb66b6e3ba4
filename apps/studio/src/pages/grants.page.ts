import { GRANT_STATUSES, INDUSTRY_FOCUSES, LOCATION_ELIGIBILITIES } from '@navimpact/schema';
import { count, href, html, money, raw, type SafeHtml } from '../html.ts';
import type { Query } from '../db.ts';

/** Rows per page of the grant finder. */
export const GRANTS_PAGE_SIZE = 25;

const SORTS = {
  deadline: 'g.deadline nulls last, g.id',
  amount: 'g.amount_max desc, g.id',
  title: 'g.title, g.id',
} as const;
type Sort = keyof typeof SORTS;

/** The finder's filters, as the query string carries them; anything unknown is dropped. */
export interface GrantFilters {
  q?: string;
  industry?: string;
  location?: string;
  status?: string;
  min?: number;
  max?: number;
  sort: Sort;
  page: number;
}

const pick = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;
const amount = (value: string | undefined): number | undefined =>
  value && /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;

/** Reads the filters from the query string, as the real app's grant list takes them. */
export function parseGrantFilters(params: Record<string, string | undefined>): GrantFilters {
  return {
    q: params.q?.trim() || undefined,
    industry: pick(INDUSTRY_FOCUSES, params.industry),
    location: pick(LOCATION_ELIGIBILITIES, params.location),
    status: pick(GRANT_STATUSES, params.status),
    min: amount(params.min),
    max: amount(params.max),
    sort: pick(Object.keys(SORTS) as Sort[], params.sort) ?? 'deadline',
    page: Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? '1', 10) || 1)),
  };
}

/**
 * The where clause and its parameters. The amount filter keeps the grants whose range overlaps
 * [min, max]: a program offering $5k–$50k matches "at least $20k".
 */
export function grantWhere(f: GrantFilters): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const add = (clause: string, value: unknown) => clauses.push(clause.replace('?', `$${params.push(value)}`));
  if (f.q) {
    const n = params.push(`%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
    clauses.push(`(g.title ilike $${n} or g.description ilike $${n})`);
  }
  if (f.industry) add('g.industry_focus = ?', f.industry);
  if (f.location) add('g.location_eligibility = ?', f.location);
  if (f.status) add('g.status = ?', f.status);
  if (f.min !== undefined) add('g.amount_max >= ?', f.min);
  if (f.max !== undefined) add('g.amount_min <= ?', f.max);
  const where = clauses.join(' and ');
  return { where: where ? `where ${where}` : '', params };
}

interface GrantRow {
  id: number; title: string; deadline: string | null; status: string; industry_focus: string;
  location_eligibility: string; amount_min: string; amount_max: string; funder_id: number; funder: string; total: number;
}

/** The grant finder: filters, sort and page in the query string, so every view has a URL. */
export async function grantsPage(query: Query, filters: GrantFilters): Promise<SafeHtml> {
  const { where, params } = grantWhere(filters);
  // One scan of the matches feeds both the page and the count: a text search reads every
  // description once, not once for the rows and again for the total.
  const rows = await query<GrantRow>(
    `with matches as materialized (select g.* from grants g ${where})
     select g.id, g.title, g.deadline::text as deadline, g.status, g.industry_focus, g.location_eligibility,
            g.amount_min::text as amount_min, g.amount_max::text as amount_max, f.id as funder_id, f.name as funder,
            (select count(*)::int from matches) as total
     from matches g join funders f on f.id = g.funder_id
     order by ${SORTS[filters.sort]} limit ${GRANTS_PAGE_SIZE} offset ${(filters.page - 1) * GRANTS_PAGE_SIZE}`,
    params,
  );
  const total = rows[0]?.total ?? (await query<{ total: number }>(`select count(*)::int as total from grants g ${where}`, params))[0]!.total;
  const pages = Math.max(1, Math.ceil(total / GRANTS_PAGE_SIZE));
  const link = (page: number) => href('/grants', { ...filterQuery(filters), page });
  return html`${filterForm(filters)}
<p><strong id="grant-total">${count(total)}</strong> grants match · page ${filters.page} of ${pages}</p>
<section class="card"><table id="grants"><thead><tr><th>Grant</th><th>Funder</th><th>Status</th><th>Industry</th><th>Location</th><th>Deadline</th><th class="num">Amount</th></tr></thead><tbody>
${rows.length === 0 ? html`<tr><td colspan="7" class="muted">No grant matches these filters.</td></tr>` : ''}
${rows.map((g) => html`<tr data-grant-id="${g.id}"><td><a href="/tables/grants/row?id=${g.id}">${g.title}</a></td>
  <td><a href="/tables/funders/row?id=${g.funder_id}">${g.funder}</a></td><td>${g.status}</td><td>${g.industry_focus}</td>
  <td>${g.location_eligibility}</td><td class="date">${g.deadline ?? 'rolling'}</td><td class="num">${money(g.amount_min)} – ${money(g.amount_max)}</td></tr>`)}
</tbody></table></section>
<nav class="pager">${filters.page > 1 ? html`<a rel="prev" href="${link(filters.page - 1)}">← previous</a>` : ''}
${filters.page < pages ? html`<a rel="next" href="${link(filters.page + 1)}">next →</a>` : ''}</nav>`;
}

function filterQuery(f: GrantFilters): Record<string, string | number | undefined> {
  return { q: f.q, industry: f.industry, location: f.location, status: f.status, min: f.min, max: f.max, sort: f.sort };
}

function options(values: readonly string[], selected: string | undefined, any: string): SafeHtml {
  return html`<option value="">${any}</option>${values.map((v) =>
    html`<option value="${v}"${v === selected ? raw(' selected') : ''}>${v.replaceAll('_', ' ')}</option>`)}`;
}

function filterForm(f: GrantFilters): SafeHtml {
  return html`<form class="filters" method="get" action="/grants">
  <label>Search title and description<input type="search" name="q" value="${f.q ?? ''}" size="28"></label>
  <label>Industry<select name="industry">${options(INDUSTRY_FOCUSES, f.industry, 'any industry')}</select></label>
  <label>Location<select name="location">${options(LOCATION_ELIGIBILITIES, f.location, 'anywhere')}</select></label>
  <label>Status<select name="status">${options(GRANT_STATUSES, f.status, 'any status')}</select></label>
  <label>Amount from (AUD)<input type="number" name="min" min="0" step="1000" value="${f.min ?? ''}"></label>
  <label>to (AUD)<input type="number" name="max" min="0" step="1000" value="${f.max ?? ''}"></label>
  <label>Sort<select name="sort">${(Object.keys(SORTS) as Sort[]).map((s) => html`<option value="${s}"${s === f.sort ? raw(' selected') : ''}>${s}</option>`)}</select></label>
  <button type="submit">Find</button> <a href="/grants">clear</a>
</form>`;
}
