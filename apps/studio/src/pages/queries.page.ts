import { QUERY_CATALOG, type CatalogQuery } from '@navimpact/schema';
import { html, type SafeHtml } from '../html.ts';
import type { Query } from '../db.ts';

/** One catalog query's plan and times, from EXPLAIN (ANALYZE, BUFFERS). */
export interface ExplainedQuery {
  query: CatalogQuery;
  plan: string;
  planningMs: number | null;
  executionMs: number | null;
  usesIndex: boolean;
}

const msOf = (plan: string, label: string): number | null => {
  const match = new RegExp(`${label} Time: ([\\d.]+) ms`).exec(plan);
  return match ? Number(match[1]) : null;
};

/**
 * Runs EXPLAIN (ANALYZE, BUFFERS) of every catalog query with its sample parameters. The caller's
 * read-only transaction is rolled back afterwards, so ANALYZE changes nothing.
 */
export async function explainCatalog(query: Query): Promise<ExplainedQuery[]> {
  const explained: ExplainedQuery[] = [];
  for (const q of QUERY_CATALOG) {
    const rows = await query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, q.params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    explained.push({ query: q, plan, planningMs: msOf(plan, 'Planning'), executionMs: msOf(plan, 'Execution'), usesIndex: plan.includes(q.index) });
  }
  return explained;
}

/** The query catalog: each query, what it is for, its SQL with sample parameters, its plan and its time. */
export async function queriesPage(query: Query): Promise<SafeHtml> {
  const explained = await explainCatalog(query);
  return html`<p class="muted">${explained.length} queries from <code>QUERY_CATALOG</code> of @navimpact/schema, each run once with EXPLAIN (ANALYZE, BUFFERS) inside a read-only transaction that is rolled back.
"not used" on a small table is the planner preferring a sequential scan; on a big one it is worth a look.</p>
<section class="card"><table id="summary"><thead><tr><th>Query</th><th>Purpose</th><th>Index</th><th class="num">Planning</th><th class="num">Execution</th></tr></thead><tbody>
${explained.map((e) => html`<tr data-query="${e.query.name}"><td><a href="#${e.query.name}">${e.query.name}</a></td><td>${e.query.purpose}</td>
  <td>${e.query.index} ${e.usesIndex ? html`<span class="badge">used</span>` : html`<span class="badge" style="background:#fdecea">not used here</span>`}</td>
  <td class="num">${ms(e.planningMs)}</td><td class="num" data-ms="${e.executionMs ?? ''}">${ms(e.executionMs)}</td></tr>`)}
</tbody></table></section>
${explained.map((e) => html`<section class="card" id="${e.query.name}" style="margin-top:16px">
  <h2>${e.query.name}</h2><p>${e.query.purpose}</p>
  <pre class="sql">${e.query.sql.replace(/\n\s+/g, '\n  ')}</pre>
  <p class="note">parameters: <code>${JSON.stringify(e.query.params)}</code></p>
  <pre class="plan">${e.plan}</pre></section>`)}`;
}

function ms(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(3)} ms`;
}
