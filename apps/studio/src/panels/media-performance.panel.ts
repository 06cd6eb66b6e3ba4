import { count, html, type SafeHtml } from '../html.ts';
import type { Query } from '../db.ts';

/** One project's media on one platform: what was published there and how it did. */
export interface MediaPerformanceRow {
  project_id: number;
  project: string;
  platform: string;
  items: number;
  views: number;
  reach: number;
  engagement_rate: string | null;
  last_published: string | null;
}

/**
 * Media performance per project and platform: the distributions of each project's media items
 * published up to the as-of date, with their views, reach and reach-weighted engagement rate.
 */
export const MEDIA_PERFORMANCE_SQL = `
select p.id as project_id, p.name as project, d.platform,
       count(distinct d.media_item_id)::int as items,
       sum(d.views)::int as views,
       sum(d.reach)::int as reach,
       round(sum(d.engagement_rate * d.reach) / nullif(sum(d.reach) filter (where d.engagement_rate is not null), 0), 2)::text as engagement_rate,
       to_char(max(d.published_on), 'YYYY-MM-DD') as last_published
from media_distributions d
join media_items i on i.id = d.media_item_id
join projects p on p.id = i.project_id
where d.published_on is null or d.published_on < $1::date
group by p.id, p.name, d.platform
order by p.name, views desc, d.platform`;

/** Loads the panel's rows. */
export function loadMediaPerformance(query: Query, asOf: string): Promise<MediaPerformanceRow[]> {
  return query<MediaPerformanceRow>(MEDIA_PERFORMANCE_SQL, [asOf]);
}

/** The panel: one row per project and platform. */
export function mediaPerformancePanel(rows: readonly MediaPerformanceRow[]): SafeHtml {
  const body = rows.length === 0
    ? html`<tr><td colspan="6" class="muted">No media item has been distributed yet.</td></tr>`
    : rows.map((r) => html`<tr>
        <td><a href="/tables/projects/row?id=${r.project_id}">${r.project}</a></td><td>${r.platform}</td>
        <td class="num">${count(r.items)}</td><td class="num">${count(r.views)}</td>
        <td class="num">${count(r.reach)}</td><td class="num">${r.engagement_rate === null ? '—' : `${r.engagement_rate}%`}</td></tr>`);
  return html`<section class="card wide" id="media">
  <h2>Media performance per project and platform <span class="note">every distribution to date</span></h2>
  <table><thead><tr><th>Project</th><th>Platform</th><th class="num">Items</th>
  <th class="num">Views</th><th class="num">Reach</th><th class="num">Eng. rate</th></tr></thead>
  <tbody>${body}</tbody></table></section>`;
}
