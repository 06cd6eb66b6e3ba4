import {
  CLIENT_ACCESS_LEVELS, DISTRIBUTION_PLATFORMS, GRANT_STATUSES, INDUSTRY_FOCUSES, LOCATION_ELIGIBILITIES, MEDIA_TYPES, PROJECT_ROLES,
  PROJECT_STATUSES, SCRAPER_RUN_STATUSES, SCRAPER_SOURCES, STORY_TYPES, TASK_PRIORITIES, TASK_STATUSES,
} from '@navimpact/schema';

/**
 * A reference between real-app tables. `scalar` columns may carry a real FK (in production some do
 * not); `array` (integer[]) and `json-strings` (a JSON list of ids as strings) never can.
 */
export interface LegacyReference {
  table: string;
  column: string;
  references: string;
  shape: 'scalar' | 'array' | 'json-strings';
}

const ref = (table: string, column: string, references: string, shape: LegacyReference['shape'] = 'scalar'): LegacyReference =>
  ({ table, column, references, shape });

/** Every reference of the real app's data to an `id`; adoption makes each one a foreign key or a link table. */
export const LEGACY_REFERENCES: readonly LegacyReference[] = [
  ref('users', 'mentor_id', 'users'),
  ref('grants', 'created_by_id', 'users'),
  ref('projects', 'owner_id', 'users'),
  ref('tasks', 'project_id', 'projects'),
  ref('tasks', 'creator_id', 'users'),
  ref('tasks', 'assignee_id', 'users'),
  ref('team_members', 'user_id', 'users'),
  ref('team_members', 'project_id', 'projects'),
  ref('metrics', 'project_id', 'projects'),
  ref('program_logics', 'project_id', 'projects'),
  ref('grant_tags', 'grant_id', 'grants'),
  ref('grant_tags', 'tag_id', 'tags'),
  ref('project_tags', 'project_id', 'projects'),
  ref('project_tags', 'tag_id', 'tags'),
  ref('task_tags', 'task_id', 'tasks'),
  ref('task_tags', 'tag_id', 'tags'),
  ref('task_comments', 'task_id', 'tasks'),
  ref('task_comments', 'user_id', 'users'),
  ref('task_comments', 'parent_id', 'task_comments'),
  ref('task_comments', 'mentions', 'users', 'json-strings'),
  ref('time_entries', 'task_id', 'tasks'),
  ref('time_entries', 'user_id', 'users'),
  ref('reactions', 'user_id', 'users'),
  ref('reactions', 'comment_id', 'task_comments'),
  ref('sge_media_projects', 'project_id', 'projects'),
  ref('sge_distribution_logs', 'media_project_id', 'sge_media_projects'),
  ref('sge_performance_metrics', 'media_project_id', 'sge_media_projects'),
  ref('sge_impact_stories', 'media_project_id', 'sge_media_projects'),
  ref('sge_client_access', 'allowed_projects', 'projects', 'array'),
];

const columns = (pairs: string[][]) => pairs.map(([table, column]) => ({ table: table!, column: column! }));

/** Nullable legacy columns whose V2 counterpart is NOT NULL (names, amounts, classifications, row timestamps). */
export const LEGACY_REQUIRED: readonly { table: string; column: string }[] = columns([
  ['users', 'full_name'], ['users', 'is_active'],
  ['projects', 'created_at'], ['projects', 'updated_at'],
  ['tasks', 'created_at'], ['tasks', 'updated_at'],
  ['team_members', 'joined_at'], ['time_entries', 'created_at'],
  ['grants', 'min_amount'], ['grants', 'max_amount'], ['grants', 'industry_focus'], ['grants', 'location_eligibility'],
  ['sge_media_projects', 'created_at'], ['sge_media_projects', 'updated_at'], ['sge_distribution_logs', 'created_at'],
  ['sge_performance_metrics', 'created_at'], ['sge_impact_stories', 'created_at'], ['sge_client_access', 'created_at'],
  ['sge_media_projects', 'project_id'], ['sge_distribution_logs', 'views'], ['sge_distribution_logs', 'reach'],
  ['sge_performance_metrics', 'views'], ['sge_performance_metrics', 'unique_viewers'], ['sge_performance_metrics', 'watch_time_minutes'],
  ['sge_performance_metrics', 'shares'], ['sge_performance_metrics', 'comments'],
  ['sge_client_access', 'access_level'], ['sge_client_access', 'is_active'],
  ['scraper_logs', 'grants_found'], ['scraper_logs', 'grants_added'], ['scraper_logs', 'grants_updated'],
]);

/**
 * A free-text (or enum) legacy column and the set V2 allows, compared after `lower()` because the
 * task enums hold upper-case names; `v2: null` means V2 has no set (the column is only counted).
 */
export interface LegacyVocabulary {
  table: string;
  column: string;
  v2: readonly string[] | null;
}

/** The vocabulary columns adoption has to map, with V2's sets from @navimpact/schema. */
export const LEGACY_VOCABULARIES: readonly LegacyVocabulary[] = [
  { table: 'grants', column: 'status', v2: GRANT_STATUSES },
  { table: 'grants', column: 'industry_focus', v2: INDUSTRY_FOCUSES },
  { table: 'grants', column: 'location_eligibility', v2: LOCATION_ELIGIBILITIES },
  { table: 'grants', column: 'source', v2: null },
  { table: 'projects', column: 'status', v2: PROJECT_STATUSES },
  { table: 'tasks', column: 'status', v2: TASK_STATUSES },
  { table: 'tasks', column: 'priority', v2: TASK_PRIORITIES },
  { table: 'team_members', column: 'role', v2: PROJECT_ROLES },
  { table: 'users', column: 'job_title', v2: null },
  { table: 'users', column: 'organisation', v2: null },
  { table: 'sge_media_projects', column: 'media_type', v2: MEDIA_TYPES },
  { table: 'sge_distribution_logs', column: 'platform', v2: DISTRIBUTION_PLATFORMS },
  { table: 'sge_impact_stories', column: 'story_type', v2: STORY_TYPES },
  { table: 'sge_client_access', column: 'access_level', v2: CLIENT_ACCESS_LEVELS },
  { table: 'scraper_logs', column: 'source_name', v2: SCRAPER_SOURCES },
  { table: 'scraper_logs', column: 'status', v2: SCRAPER_RUN_STATUSES },
];

/** Values that V2 makes unique ignoring case (a unique on lower() or a slug), unique only case-sensitively in the legacy schema. */
export const LEGACY_CASE_UNIQUE: readonly { table: string; column: string }[] = [
  { table: 'users', column: 'email' },
  { table: 'tags', column: 'name' },
  { table: 'sge_client_access', column: 'client_email' },
];

/** Column groups V2 makes unique that the legacy schema does not (project slugs come from names). */
export const LEGACY_DUPLICATE_KEYS: readonly { table: string; columns: readonly string[]; expression: string }[] = [
  { table: 'projects', columns: ['name'], expression: 'lower(btrim(name))' },
  { table: 'team_members', columns: ['project_id', 'user_id'], expression: 'project_id, user_id' },
  { table: 'sge_performance_metrics', columns: ['media_project_id', 'metric_date'], expression: 'media_project_id, metric_date' },
];

/** Column pairs whose first must not exceed the second in V2 (a check constraint); the legacy schema checks neither. */
export const LEGACY_RANGES: readonly { table: string; low: string; high: string }[] = [
  { table: 'grants', low: 'min_amount', high: 'max_amount' },
  { table: 'time_entries', low: 'started_at', high: 'ended_at' },
  { table: 'scraper_logs', low: 'start_time', high: 'end_time' },
];

/** Free text V2 reads into a number, and the form it must have (sge_media_projects.duration as parseDuration reads it). */
export const LEGACY_READABLE: readonly { table: string; column: string; pattern: string }[] = [
  { table: 'sge_media_projects', column: 'duration', pattern: '^[0-9]+(:[0-9]{1,2}){0,2}$' },
];

/** Numbers V2 checks are not below zero; the legacy schema checks none of them. */
export const LEGACY_NON_NEGATIVE: readonly { table: string; column: string }[] = columns([
  ['grants', 'min_amount'], ['grants', 'max_amount'], ['tasks', 'estimated_hours'], ['tasks', 'actual_hours'],
  ['time_entries', 'duration_minutes'], ['sge_media_projects', 'production_budget'], ['sge_distribution_logs', 'views'], ['sge_distribution_logs', 'reach'],
  ['sge_distribution_logs', 'engagement_rate'], ['sge_performance_metrics', 'views'], ['sge_performance_metrics', 'unique_viewers'],
  ['sge_performance_metrics', 'watch_time_minutes'], ['sge_performance_metrics', 'engagement_rate'], ['sge_performance_metrics', 'shares'],
  ['sge_performance_metrics', 'comments'], ['scraper_logs', 'duration_seconds'], ['scraper_logs', 'grants_found'],
  ['scraper_logs', 'grants_added'], ['scraper_logs', 'grants_updated'],
]);
