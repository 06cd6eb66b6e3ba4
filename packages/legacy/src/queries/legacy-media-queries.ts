import type { LegacyCatalogEntry } from './_legacy-query.ts';

// The first row's values: ids and dates that exist in whatever the generator wrote.
const first = (columns: string, table: string, where = 'true') => `select ${columns} from ${table} where ${where} order by id limit 1`;
const MONTH_AROUND = (column: string) => `${column} - 15, ${column} + 15`;

/** The scraper and media queries of QUERY_CATALOG as the real app's scraper_status.py and sge_media.py issue them. */
export const LEGACY_MEDIA_QUERIES: Readonly<Record<string, LegacyCatalogEntry>> = {
  scraper_runs_by_source: {
    tables: ['scraper_logs'],
    legacy: { sql: 'select * from scraper_logs where source_name = $1 order by start_time desc limit 20', sample: { params: ['business.gov.au'] } },
    v2Sample: { params: ['business.gov.au'] },
  },
  scraper_last_runs: {
    tables: ['scraper_logs'],
    // scraper_status.py:18-23: one pass over every run, grouped.
    legacy: { sql: 'select source_name, max(start_time) from scraper_logs group by source_name', sample: { params: [] } },
    v2Sample: { params: [['business.gov.au', 'councils', 'philanthropic']] },
  },
  project_media_items: {
    tables: ['sge_media_projects'],
    legacy: {
      sql: 'select * from sge_media_projects where project_id = $1 and media_type = $2',
      sample: { lookup: first('project_id, media_type', 'sge_media_projects', 'project_id is not null') },
    },
    v2Sample: { lookup: first('project_id, media_type', 'media_items') },
  },
  media_items_by_type: {
    tables: ['sge_media_projects'],
    legacy: { sql: 'select * from sge_media_projects where media_type = $1 offset 0 limit 50', sample: { lookup: first('media_type', 'sge_media_projects') } },
    v2Sample: { lookup: first('media_type', 'media_items') },
  },
  recent_media_items: {
    tables: ['sge_media_projects'],
    legacy: { sql: 'select * from sge_media_projects order by created_at desc limit 5', sample: { params: [] } },
    v2Sample: { params: [] },
  },
  item_distributions: {
    tables: ['sge_distribution_logs'],
    legacy: { sql: 'select * from sge_distribution_logs where media_project_id = $1', sample: { lookup: first('media_project_id', 'sge_distribution_logs') } },
    v2Sample: { lookup: first('media_item_id', 'media_distributions') },
  },
  distributions_by_platform: {
    tables: ['sge_distribution_logs'],
    legacy: {
      sql: 'select * from sge_distribution_logs where platform = $1 and publish_date between $2 and $3',
      sample: { lookup: first(`platform, ${MONTH_AROUND('publish_date')}`, 'sge_distribution_logs', 'publish_date is not null') },
    },
    v2Sample: { lookup: first(`platform, ${MONTH_AROUND('published_on')}`, 'media_distributions', 'published_on is not null') },
  },
  item_performance_in_period: {
    tables: ['sge_performance_metrics'],
    legacy: {
      sql: 'select * from sge_performance_metrics where media_project_id = $1 and metric_date between $2 and $3 order by metric_date',
      sample: { lookup: first(`media_project_id, ${MONTH_AROUND('metric_date')}`, 'sge_performance_metrics') },
    },
    v2Sample: { lookup: first(`media_item_id, ${MONTH_AROUND('date')}`, 'media_performance_metrics') },
  },
  performance_in_period: {
    tables: ['sge_performance_metrics'],
    legacy: {
      sql: 'select media_project_id, sum(views) from sge_performance_metrics where metric_date between $1 and $2 group by 1',
      sample: { lookup: first(MONTH_AROUND('metric_date'), 'sge_performance_metrics') },
    },
    v2Sample: { lookup: first(MONTH_AROUND('date'), 'media_performance_metrics') },
  },
  item_impact_stories: {
    tables: ['sge_impact_stories'],
    legacy: { sql: 'select * from sge_impact_stories where media_project_id = $1', sample: { lookup: first('media_project_id', 'sge_impact_stories') } },
    v2Sample: { lookup: first('media_item_id', 'impact_stories') },
  },
  impact_stories_by_type: {
    tables: ['sge_impact_stories'],
    legacy: {
      sql: 'select * from sge_impact_stories where story_type = $1 offset 0 limit 50',
      sample: { lookup: first('story_type', 'sge_impact_stories', 'story_type is not null') },
    },
    v2Sample: { lookup: first('story_type', 'impact_stories') },
  },
  recent_impact_stories: {
    tables: ['sge_impact_stories'],
    legacy: { sql: 'select * from sge_impact_stories order by created_at desc limit 5', sample: { params: [] } },
    v2Sample: { params: [] },
  },
  active_client_accounts: {
    tables: ['sge_client_access'],
    // sge_media.py:275: clients belong to no organisation there.
    legacy: { sql: 'select * from sge_client_access where is_active = $1', sample: { params: [true] } },
    v2Sample: { lookup: first('organisation_id, true', 'client_accounts', 'is_active') },
  },
  project_clients: {
    tables: ['sge_client_access'],
    // allowed_projects is an integer array: every client's array is scanned.
    legacy: {
      sql: 'select id from sge_client_access where $1 = any(allowed_projects)',
      sample: { lookup: first('allowed_projects[1]', 'sge_client_access', 'cardinality(allowed_projects) > 0') },
    },
    v2Sample: { lookup: 'select project_id from client_project_access order by project_id, client_account_id limit 1' },
  },
  account_metrics_in_period: {
    tables: [],
    legacy: null,
    v2Only: 'the real app keeps no social metrics: its key results are typed in by hand',
    v2Sample: { lookup: first(`social_account_id, ${MONTH_AROUND('date')}`, 'social_metrics') },
  },
};
