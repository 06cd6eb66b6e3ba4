import { count, href, html, raw, type SafeHtml } from '../html.ts';
import type { Query } from '../db.ts';
import { EXACT_COUNT_LIMIT, quoteIdent, rowCount, type TableInfo } from '../catalog.ts';

/** Rows per page of the table browser. */
export const ROWS_PAGE_SIZE = 50;

/** A row page counts each table's child rows up to this many. */
export const CHILD_COUNT_CAP = 10_000;

/** Every table with its row count, exact or estimated, and the entity that maps it. */
export async function tableListPage(query: Query, tables: Map<string, TableInfo>): Promise<SafeHtml> {
  const rows = [];
  for (const table of tables.values()) rows.push({ table, count: await rowCount(query, table) });
  return html`<p class="muted">Counts are exact below ${count(EXACT_COUNT_LIMIT)} rows; above, the planner's estimate (pg_class.reltuples) is shown with ≈.</p>
<section class="card"><table id="tables"><thead><tr><th>Table</th><th>Entity</th><th class="num">Rows</th><th>Key</th><th>References</th><th>Referenced by</th></tr></thead><tbody>
${rows.map(({ table, count: c }) => html`<tr data-table="${table.name}"><td><a href="/tables/${table.name}">${table.name}</a></td>
  <td>${table.entity ?? html`<span class="muted">—</span>`}</td>
  <td class="num" data-rows="${c.rows ?? ''}" data-exact="${c.exact}">${c.exact ? '' : '≈ '}${c.rows === null ? 'unknown' : count(c.rows)}</td>
  <td>${table.primaryKey.join(', ')}</td>
  <td>${uniq(table.parents.map((k) => k.parent)).map((p, i) => html`${i ? ', ' : ''}<a href="/tables/${p}">${p}</a>`)}</td>
  <td>${uniq(table.children.map((k) => k.child)).map((c2, i) => html`${i ? ', ' : ''}<a href="/tables/${c2}">${c2}</a>`)}</td></tr>`)}
</tbody></table></section>`;
}

/** A value as text for a cell: dates in ISO form, JSON as JSON, long text shortened. */
export function cellText(value: unknown, max = 80): string {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function cell(table: TableInfo, column: string, value: unknown, max = 80): SafeHtml {
  if (value === null || value === undefined) return html`<span class="muted">null</span>`;
  const fk = table.parents.find((k) => k.childColumn === column);
  const text = cellText(value, max);
  return fk ? html`<a href="${href(`/tables/${fk.parent}/row`, { [fk.parentColumn]: String(value) })}" title="${fk.parent}">${text}</a>` : html`${text}`;
}

/** The column filters of a request: only real columns of the table are kept, each an equality. */
export function columnFilters(table: TableInfo, params: Record<string, string | undefined>): [string, string][] {
  return table.columns.filter((c) => params[c] !== undefined).map((c) => [c, params[c]!]);
}

/**
 * One page of a table's rows in key order, after the last key of the previous page (keyset
 * pagination: an index range scan, as fast on page 20,000 as on page 1), optionally filtered
 * by column equality (how a parent row links to its children).
 */
export async function tableRowsPage(query: Query, table: TableInfo, filters: [string, string][], after: string[]): Promise<SafeHtml> {
  const key = table.primaryKey.length ? table.primaryKey : table.columns.slice(0, 1);
  const params: unknown[] = [];
  const clauses = filters.map(([column, value]) => `${quoteIdent(column)} = $${params.push(value)}`);
  const keyList = key.map(quoteIdent).join(', ');
  if (after.length === key.length) clauses.push(`(${keyList}) > (${after.map((v) => `$${params.push(v)}`).join(', ')})`);
  const rows = await query(
    `select * from ${quoteIdent(table.name)} ${clauses.length ? `where ${clauses.join(' and ')}` : ''} order by ${keyList} limit ${ROWS_PAGE_SIZE + 1}`,
    params,
  );
  const more = rows.length > ROWS_PAGE_SIZE;
  const shown = rows.slice(0, ROWS_PAGE_SIZE);
  const filterQuery = Object.fromEntries(filters);
  const last = shown.at(-1);
  const next = more && last ? `${href(`/tables/${table.name}`, filterQuery)}${filters.length ? '&' : '?'}${key.map((k) => `after=${encodeURIComponent(String(cellKey(last[k])))}`).join('&')}` : undefined;
  return html`<p class="muted">${table.entity ? html`Entity <strong>${table.entity}</strong> · ` : ''}ordered by ${key.join(', ')}
${filters.length ? html` · where ${filters.map(([c, v], i) => html`${i ? ' and ' : ''}<code>${c} = ${v}</code>`)} · <a href="/tables/${table.name}">all rows</a>` : ''}
${after.length ? html` · after (${after.join(', ')})` : ''}</p>
${table.parents.length ? html`<p class="note">References: ${table.parents.map((k, i) => html`${i ? ', ' : ''}${k.childColumn} → <a href="/tables/${k.parent}">${k.parent}</a>`)}</p>` : ''}
<section class="card"><table id="rows"><thead><tr><th></th>${table.columns.map((c) => html`<th>${c}</th>`)}</tr></thead><tbody>
${shown.length === 0 ? html`<tr><td colspan="${table.columns.length + 1}" class="muted">No rows.</td></tr>` : ''}
${shown.map((row) => html`<tr><td><a href="${href(`/tables/${table.name}/row`, Object.fromEntries(key.map((k) => [k, String(cellKey(row[k]))])))}">open</a></td>
  ${table.columns.map((c) => html`<td>${cell(table, c, row[c])}</td>`)}</tr>`)}
</tbody></table></section>
<nav class="pager">${after.length ? html`<a href="${href(`/tables/${table.name}`, filterQuery)}">first page</a>` : ''}
${next ? html`<a rel="next" href="${next}">next ${ROWS_PAGE_SIZE} →</a>` : html`<span class="muted">last page</span>`}</nav>`;
}

/** One row, every column, its parents as links and its children as filtered lists with counts. */
export async function rowPage(query: Query, table: TableInfo, filters: [string, string][]): Promise<SafeHtml | undefined> {
  if (filters.length === 0) return undefined;
  const params: unknown[] = [];
  const where = filters.map(([c, v]) => `${quoteIdent(c)} = $${params.push(v)}`).join(' and ');
  const [row] = await query(`select * from ${quoteIdent(table.name)} where ${where} limit 1`, params);
  if (!row) return undefined;
  const children = [];
  for (const k of table.children) {
    const value = row[k.parentColumn];
    // Counted up to a cap: a user with a million tasks must not make the row page slow.
    const [n] = await query<{ n: number }>(
      `select count(*)::int as n from (select 1 from ${quoteIdent(k.child)} where ${quoteIdent(k.childColumn)} = $1 limit ${CHILD_COUNT_CAP + 1}) c`,
      [value],
    );
    children.push({ key: k, value, n: n!.n });
  }
  return html`<section class="card"><table id="row"><tbody>
${table.columns.map((c) => html`<tr><th>${c}</th><td>${cell(table, c, row[c], 10_000)}${fkNote(table, c)}</td></tr>`)}
</tbody></table></section>
<h2 style="margin-top:16px">Referenced by</h2>
<section class="card"><table id="children"><thead><tr><th>Table</th><th>Column</th><th class="num">Rows</th></tr></thead><tbody>
${children.length === 0 ? html`<tr><td colspan="3" class="muted">No table references ${table.name}.</td></tr>` : ''}
${children.map(({ key: k, value, n }) => html`<tr data-child="${k.child}.${k.childColumn}"><td><a href="${href(`/tables/${k.child}`, { [k.childColumn]: String(cellKey(value)) })}">${k.child}</a></td>
  <td>${k.childColumn}</td><td class="num">${n > CHILD_COUNT_CAP ? `more than ${count(CHILD_COUNT_CAP)}` : count(n)}</td></tr>`)}
</tbody></table></section>${raw('')}`;
}

function fkNote(table: TableInfo, column: string): SafeHtml {
  const fk = table.parents.find((k) => k.childColumn === column);
  return fk ? html` <span class="note">→ ${fk.parent}.${fk.parentColumn}</span>` : html``;
}

// Keys are integers or text here; a Date key would round-trip through its ISO form.
function cellKey(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}
