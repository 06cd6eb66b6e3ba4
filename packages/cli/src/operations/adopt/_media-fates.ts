// The fate `adopt --plan` gives each kind of damage of the media and scraper tables (_map-media.ts).
const NOW = 'mapped: the adoption time (the raw DDL set none)';
const LOST_ITEM = 'set aside, kept in legacy_archive: V2 needs its media item';
const ZERO = 'mapped: 0';
const NEGATIVE = 'set aside, kept in legacy_archive: V2 checks it is not negative';
const negatives = (table: string, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [`${table}.${c}:negative`, NEGATIVE]));

/** `table.column:kind` → what adoption does with it, in words. */
export const MEDIA_FATES: Readonly<Record<string, string>> = {
  'sge_media_projects.project_id:orphan': 'set aside, kept in legacy_archive: a V2 media item belongs to a project',
  'sge_media_projects.project_id:null': 'set aside, kept in legacy_archive: a V2 media item belongs to a project',
  'sge_media_projects.media_type:out-of-set': 'mapped by format (documentary, web_series, short_film: video; podcast: audio; unknown: mixed)',
  'sge_media_projects.duration:unreadable': 'mapped with duration_seconds NULL (parseDuration cannot read it), the text kept in legacy_archive',
  'sge_media_projects.created_at:null': 'mapped: updated_at, else the adoption time',
  'sge_media_projects.updated_at:null': 'mapped: created_at, else the adoption time',
  'sge_distribution_logs.media_project_id:orphan': LOST_ITEM,
  'sge_distribution_logs.platform:out-of-set': 'mapped by PLATFORM_MAP and the outlets Shadow Goose uses (unknown values: other)',
  'sge_distribution_logs.views:null': ZERO,
  'sge_distribution_logs.reach:null': ZERO,
  'sge_distribution_logs.created_at:null': NOW,
  'sge_performance_metrics.media_project_id:orphan': LOST_ITEM,
  'sge_performance_metrics.media_project_id,metric_date:duplicate': 'merged into the lowest id of the item and day; the others kept in legacy_archive',
  'sge_performance_metrics.views:null': ZERO,
  'sge_performance_metrics.unique_viewers:null': ZERO,
  'sge_performance_metrics.watch_time_minutes:null': ZERO,
  'sge_performance_metrics.shares:null': ZERO,
  'sge_performance_metrics.comments:null': ZERO,
  'sge_performance_metrics.created_at:null': NOW,
  'sge_impact_stories.media_project_id:orphan': LOST_ITEM,
  'sge_impact_stories.story_type:out-of-set': 'mapped (community: community_action; unknown values: NULL, unclassified)',
  'sge_impact_stories.created_at:null': NOW,
  'sge_client_access.allowed_projects:orphan-element': 'mapped without the missing projects, listed in the ledger',
  'sge_client_access.client_email:case-collision': 'merged into the lowest id, with its projects',
  'sge_client_access.access_level:out-of-set': 'mapped: viewer, the least access',
  'sge_client_access.access_level:null': 'mapped: viewer',
  'sge_client_access.is_active:null': "mapped: false (the real app's is_active filter never matched it)",
  'sge_client_access.created_at:null': NOW,
  'scraper_logs.source_name:out-of-set': "set aside, kept in legacy_archive: no V2 scraper (the dummy scraper's runs are test data)",
  'scraper_logs.status:out-of-set': 'mapped (failed: error, completed: success; unknown values: set aside)',
  'scraper_logs.grants_found:null': ZERO,
  'scraper_logs.grants_added:null': ZERO,
  'scraper_logs.grants_updated:null': ZERO,
  'scraper_logs.start_time,end_time:inverted-range': 'set aside, kept in legacy_archive: V2 checks ended_at >= started_at',
  'sge_media_projects.production_budget:negative': 'mapped with production_budget NULL, listed in the ledger',
  ...negatives('sge_distribution_logs', ['views', 'reach', 'engagement_rate']),
  ...negatives('sge_performance_metrics', ['views', 'unique_viewers', 'watch_time_minutes', 'engagement_rate', 'shares', 'comments']),
  ...negatives('scraper_logs', ['duration_seconds', 'grants_found', 'grants_added', 'grants_updated']),
};
