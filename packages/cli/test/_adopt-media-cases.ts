// The legacy form of each media catalog query whose meaning adoption keeps, run on legacy_archive
// of the adopted database (the rows verbatim), and rows no fixture case has, for the failure paths.

/** Only the legacy rows adoption mapped: set-aside and merged rows have no V2 row to answer with. */
const kept = (table: string, alias: string) => `exists (select from legacy_archive.adoption_ledger l
  where l.legacy_table = '${table}' and l.legacy_id = ${alias}.id::text and l.fate = 'mapped')`;
const formats = (param: string) => `(select legacy from legacy_archive.value_maps where map = 'media_type' and v2 = ${param})`;

/** A catalog query, its parameters for the fixture, the columns compared, and its legacy form. */
export interface Comparison {
  name: string;
  params: unknown[];
  columns: string[];
  legacy: string;
}

/** recent_media_items and recent_impact_stories are left out: every legacy created_at is NULL, so they had no order. */
export const COMPARISONS: readonly Comparison[] = [
  {
    name: 'scraper_runs_by_source', params: ['business.gov.au'], columns: ['started_at', 'status', 'grants_found', 'grants_added'],
    legacy: `select r.start_time at time zone 'UTC' as started_at, r.status, r.grants_found, r.grants_added from legacy_archive.scraper_logs r
      where r.source_name = $1 and ${kept('scraper_logs', 'r')} order by r.start_time desc limit 20`,
  },
  {
    name: 'scraper_last_runs', params: [['business.gov.au', 'councils', 'philanthropic', 'media_investment', 'grantconnect']], columns: ['source', 'started_at', 'status'],
    legacy: `select s.source, r.started_at, r.status from unnest($1::text[]) as s(source) left join lateral (
      select x.start_time at time zone 'UTC' as started_at, x.status from legacy_archive.scraper_logs x
      where x.source_name = s.source and ${kept('scraper_logs', 'x')} order by x.start_time desc limit 1) r on true`,
  },
  {
    name: 'project_media_items', params: [2, 'video'], columns: ['id', 'release_date'],
    legacy: `select m.id, m.release_date from legacy_archive.sge_media_projects m
      where m.project_id = $1 and m.media_type in ${formats('$2')} and ${kept('sge_media_projects', 'm')}`,
  },
  {
    name: 'media_items_by_type', params: ['audio'], columns: ['id', 'project_id'],
    legacy: `select m.id, m.project_id from legacy_archive.sge_media_projects m where m.media_type in ${formats('$1')} and ${kept('sge_media_projects', 'm')}`,
  },
  {
    // Counts the real app left NULL are 0 in V2 (LEGACY_TABLES: null counts → 0).
    name: 'item_distributions', params: [2], columns: ['url', 'published_on', 'views', 'reach'],
    legacy: `select d.url, d.publish_date as published_on, coalesce(d.views, 0) as views, coalesce(d.reach, 0) as reach
      from legacy_archive.sge_distribution_logs d where d.media_project_id = $1 and ${kept('sge_distribution_logs', 'd')}`,
  },
  {
    name: 'distributions_by_platform', params: ['youtube', '2025-01-01', '2025-12-31'], columns: ['media_item_id', 'published_on', 'views'],
    legacy: `select d.media_project_id as media_item_id, d.publish_date as published_on, d.views from legacy_archive.sge_distribution_logs d
      where lower(d.platform) = $1 and d.publish_date between $2 and $3 and ${kept('sge_distribution_logs', 'd')}`,
  },
  {
    name: 'item_performance_in_period', params: [1, '2025-07-01', '2025-07-31'], columns: ['date', 'views', 'watch_time_minutes'],
    legacy: `select m.metric_date as date, m.views, m.watch_time_minutes from legacy_archive.sge_performance_metrics m
      where m.media_project_id = $1 and m.metric_date between $2 and $3 and ${kept('sge_performance_metrics', 'm')} order by m.metric_date`,
  },
  {
    name: 'performance_in_period', params: ['2025-07-01', '2025-07-31'], columns: ['media_item_id', 'views'],
    legacy: `select m.media_project_id as media_item_id, sum(m.views) as views from legacy_archive.sge_performance_metrics m
      where m.metric_date between $1 and $2 and ${kept('sge_performance_metrics', 'm')} group by 1`,
  },
  {
    name: 'item_impact_stories', params: [2], columns: ['id', 'title'],
    legacy: `select s.id, s.title from legacy_archive.sge_impact_stories s where s.media_project_id = $1 and ${kept('sge_impact_stories', 's')}`,
  },
  {
    name: 'impact_stories_by_type', params: ['testimonial'], columns: ['id', 'title', 'impact_date'],
    legacy: `select s.id, s.title, s.impact_date from legacy_archive.sge_impact_stories s where s.story_type = $1 and ${kept('sge_impact_stories', 's')}`,
  },
  {
    // The real app served Shadow Goose alone: its organisation is the one all clients belong to.
    name: 'active_client_accounts', params: [1, true], columns: ['id', 'name', 'email', 'access_level'],
    legacy: `select c.id, c.client_name as name, c.client_email as email, c.access_level from legacy_archive.sge_client_access c
      where $1::int = (select min(organisation_id) from client_accounts) and c.is_active = $2 and ${kept('sge_client_access', 'c')}`,
  },
  {
    // Client 5 is client 1 in other case: its access answers as client 1.
    name: 'project_clients', params: [3], columns: ['client_account_id'],
    legacy: `select distinct l.v2_id as client_account_id from legacy_archive.sge_client_access c join legacy_archive.adoption_ledger l
      on l.legacy_table = 'sge_client_access' and l.legacy_id = c.id::text where $1 = any(c.allowed_projects)`,
  },
];

/** Rows that break V2's checks or lean on a set-aside project, added to the fixture before adoption. */
export const BROKEN_ROWS = `
  insert into projects (id, name, status, owner_id) values (10, 'Abandoned Pilot', 'abandoned', 1);
  insert into sge_media_projects (id, project_id, media_type, duration, production_budget) values (7, 1, 'video', '99999999:00', -5), (8, 10, 'video', '10:00', 100);
  insert into sge_distribution_logs (id, media_project_id, platform, views) values (11, 1, 'YouTube', -3), (12, 8, 'YouTube', 10);
  insert into sge_impact_stories (id, media_project_id, story_type, title) values (6, 1, 'rumour', 'Heard at the festival bar');
  insert into sge_client_access (id, client_name, client_email, access_level, allowed_projects, is_active) values (6, 'ABC', 'docs@abc.net.au', ' Admin', '{1,10}', true);
  insert into scraper_logs (id, source_name, start_time, status, grants_added) values
    (36, 'philanthropic', '2025-08-02 04:00', 'exploded', 0), (37, 'Councils', '2025-08-02 04:10', 'completed', 2);`;
