import { count, html, type SafeHtml } from '../html.ts';
import type { Query } from '../db.ts';

/** One project account's numbers over the panel's window. */
export interface MediaPerformanceRow {
  project_id: number;
  project: string;
  platform: string;
  handle: string;
  followers: number | null;
  impressions: number;
  engagements: number;
  posts: number;
  engagement_rate: string | null;
}

/**
 * Media performance per project and platform, over the 90 days before the as-of date.
 * Today it reads the project accounts' social_metrics; when the media tables land (issue 13),
 * this query is the one place to change.
 */
export const MEDIA_PERFORMANCE_SQL = `
select p.id as project_id, p.name as project, a.platform, a.handle,
       (select m2.followers from social_metrics m2
         where m2.social_account_id = a.id and m2.date < $1::date
         order by m2.date desc limit 1) as followers,
       coalesce(sum(m.impressions), 0)::int as impressions,
       coalesce(sum(m.engagements), 0)::int as engagements,
       coalesce(sum(m.posts), 0)::int as posts,
       round(100.0 * sum(m.engagements) / nullif(sum(m.impressions), 0), 2)::text as engagement_rate
from social_accounts a
join projects p on p.id = a.project_id
left join social_metrics m on m.social_account_id = a.id and m.date >= $1::date - 90 and m.date < $1::date
group by p.id, p.name, a.id, a.platform, a.handle
order by p.name, a.platform`;

/** Loads the panel's rows. */
export function loadMediaPerformance(query: Query, asOf: string): Promise<MediaPerformanceRow[]> {
  return query<MediaPerformanceRow>(MEDIA_PERFORMANCE_SQL, [asOf]);
}

/** The panel: one row per project and platform. */
export function mediaPerformancePanel(rows: readonly MediaPerformanceRow[]): SafeHtml {
  const body = rows.length === 0
    ? html`<tr><td colspan="6" class="muted">No project has a media account yet.</td></tr>`
    : rows.map((r) => html`<tr>
        <td><a href="/tables/projects/row?id=${r.project_id}">${r.project}</a></td><td>${r.platform} <span class="muted">@${r.handle}</span></td>
        <td class="num">${count(r.followers)}</td><td class="num">${count(r.impressions)}</td>
        <td class="num">${count(r.engagements)}</td><td class="num">${r.engagement_rate === null ? '—' : `${r.engagement_rate}%`}</td></tr>`);
  return html`<section class="card wide" id="media">
  <h2>Media performance per project and platform <span class="note">last 90 days</span></h2>
  <table><thead><tr><th>Project</th><th>Platform</th><th class="num">Followers</th>
  <th class="num">Impressions</th><th class="num">Engagements</th><th class="num">Eng. rate</th></tr></thead>
  <tbody>${body}</tbody></table></section>`;
}
