import { APPLICATION_STATUSES, FOLLOWERS_PROGRESS_SQL } from '@navimpact/schema';
import { count, html, money, type SafeHtml } from '../html.ts';
import { lineChart, type Point } from '../chart.ts';
import type { Query } from '../db.ts';
import { loadMediaPerformance, mediaPerformancePanel } from '../panels/media-performance.panel.ts';

/** How far ahead "closing soon" looks. */
export const CLOSING_SOON_DAYS = 30;

/**
 * The day the dashboard stands on: `on` when given, else the day after the last daily social
 * number (the seed's reference date on a seeded database), else today.
 */
export async function asOfDate(query: Query, on: string | undefined): Promise<string> {
  if (on && /^\d{4}-\d{2}-\d{2}$/.test(on) && !Number.isNaN(Date.parse(on))) return on;
  const [row] = await query<{ as_of: string }>('select coalesce(max(date) + 1, current_date)::text as as_of from social_metrics');
  return row!.as_of;
}

const CLOSING_SOON_SQL = `
select g.id, g.title, g.deadline::text as deadline, g.amount_min::text as amount_min, g.amount_max::text as amount_max,
       f.id as funder_id, f.name as funder, count(*) over ()::int as total
from grants g join funders f on f.id = g.funder_id
where g.status = 'open' and g.deadline >= $1::date and g.deadline < $1::date + $2::int
order by g.deadline, g.id limit 8`;

const PIPELINE_SQL = `
select s.status, count(a.id)::int as applications,
       coalesce(sum(a.amount_requested), 0)::text as requested, coalesce(sum(a.amount_awarded), 0)::text as awarded
from unnest($1::text[]) with ordinality s(status, ord)
left join grant_applications a on a.status = s.status
group by s.status, s.ord order by s.ord`;

// The organisation's accounts summed per day, over the year before the last number up to the due date.
const FOLLOWERS_SERIES_SQL = `
with kr as (
  select kr.due_date, o.organisation_id from key_results kr join objectives o on o.id = kr.objective_id
  where kr.code = $1 and kr.metric = 'followers'
), daily as (
  select m.date, sum(m.followers)::int as followers
  from social_metrics m join social_accounts a on a.id = m.social_account_id join kr on kr.organisation_id = a.organisation_id
  where m.date <= kr.due_date group by m.date
)
select date::text as date, followers as value from daily
where date > (select max(date) from daily) - 365 order by date`;

interface ClosingRow { id: number; title: string; deadline: string; amount_min: string; amount_max: string; funder_id: number; funder: string; total: number }
interface PipelineRow { status: string; applications: number; requested: string; awarded: string }
interface ProgressRow { code: string; title: string; baseline: string; target: string; current: string | null; progress_pct: string | null }

/** "Shadow Goose at a glance": deadlines, the application pipeline, KR 4.1 and media performance. */
export async function dashboardPage(query: Query, on: string | undefined): Promise<SafeHtml> {
  const asOf = await asOfDate(query, on);
  const closing = await query<ClosingRow>(CLOSING_SOON_SQL, [asOf, CLOSING_SOON_DAYS]);
  const pipeline = await query<PipelineRow>(PIPELINE_SQL, [APPLICATION_STATUSES]);
  const [progress] = await query<ProgressRow>(FOLLOWERS_PROGRESS_SQL, ['4.1']);
  const [due] = await query<{ due_date: string }>(`select due_date::text as due_date from key_results where code = $1 and metric = 'followers'`, ['4.1']);
  const kr = progress && due ? { ...progress, due_date: due.due_date } : undefined;
  const series = await query<Point>(FOLLOWERS_SERIES_SQL, ['4.1']);
  const media = await loadMediaPerformance(query, asOf);
  return html`<p class="muted">As of <strong id="as-of">${asOf}</strong> (the day after the last daily social numbers; <code>?on=YYYY-MM-DD</code> picks another day).</p>
<div class="grid">
${closingSoonPanel(closing, asOf)}
${pipelinePanel(pipeline)}
${krPanel(kr, series)}
${mediaPerformancePanel(media)}
</div>`;
}

function closingSoonPanel(rows: readonly ClosingRow[], asOf: string): SafeHtml {
  const total = rows[0]?.total ?? 0;
  return html`<section class="card tall" id="closing-soon">
  <h2>Grants closing in the next ${CLOSING_SOON_DAYS} days <span class="badge" data-total="${total}">${count(total)} open</span></h2>
  <table><thead><tr><th>Deadline</th><th>Grant</th><th>Funder</th><th class="num">Amount</th></tr></thead><tbody>
  ${rows.length === 0 ? html`<tr><td colspan="4" class="muted">No open grant closes in the ${CLOSING_SOON_DAYS} days from ${asOf}.</td></tr>` : ''}
  ${rows.map((g) => html`<tr data-grant-id="${g.id}"><td class="date">${g.deadline}</td>
    <td><a href="/tables/grants/row?id=${g.id}">${g.title}</a></td>
    <td><a href="/tables/funders/row?id=${g.funder_id}">${g.funder}</a></td>
    <td class="num">${money(g.amount_min)} – ${money(g.amount_max)}</td></tr>`)}
  </tbody></table>
  ${total > rows.length ? html`<p class="note">${count(total - rows.length)} more: <a href="/grants?status=open&sort=deadline">all open grants by deadline</a></p>` : ''}
</section>`;
}

function pipelinePanel(rows: readonly PipelineRow[]): SafeHtml {
  const total = rows.reduce((sum, r) => sum + r.applications, 0);
  return html`<section class="card" id="pipeline">
  <h2>Application pipeline <span class="badge">${count(total)} applications</span></h2>
  <table><thead><tr><th>Status</th><th class="num">Applications</th><th class="num">Requested</th><th class="num">Awarded</th></tr></thead><tbody>
  ${rows.map((r) => html`<tr data-status="${r.status}"><td><a href="/tables/grant_applications?status=${r.status}">${r.status.replace('_', ' ')}</a></td>
    <td class="num">${count(r.applications)}</td><td class="num">${money(r.requested)}</td><td class="num">${Number(r.awarded) > 0 ? money(r.awarded) : '—'}</td></tr>`)}
  </tbody></table></section>`;
}

function krPanel(kr: (ProgressRow & { due_date: string }) | undefined, series: readonly Point[]): SafeHtml {
  if (!kr) return html`<section class="card" id="kr-4-1"><h2>KR 4.1</h2><p class="muted">No followers key result coded 4.1.</p></section>`;
  return html`<section class="card" id="kr-4-1">
  <h2>KR ${kr.code}: ${kr.title}</h2>
  <p><span class="big" id="kr-current">${count(kr.current)}</span> followers now,
     <span id="kr-progress">${kr.progress_pct ?? '—'}%</span> of the way from ${count(kr.baseline)} to <span id="kr-target">${count(kr.target)}</span></p>
  ${lineChart(series, { target: Number(kr.target), baseline: Number(kr.baseline), due: kr.due_date })}
</section>`;
}
