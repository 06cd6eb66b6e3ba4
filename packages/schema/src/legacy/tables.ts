/** Where one real table went in V2. */
export interface LegacyTable {
  /** The V2 table, or null when the table stays out of V2. */
  v2: string | null;
  /** Real columns whose V2 name differs (→ new name) or that have no V2 column (→ null); the rest keep their names. */
  columns?: Readonly<Record<string, string | null>>;
  /** How the rows change on the way, or why the table stays out. */
  note: string;
}

const SERIAL_INDEX = 'the redundant ix_<table>_id index beside the key is not kept';

/**
 * The real app's tables (A1anMc/NavImpactV2 @ 0de2bab, production build) and where each went in
 * V2; value sets are mapped by ./values.ts. Written once here for the adoption work.
 */
export const LEGACY_TABLES: Readonly<Record<string, LegacyTable>> = {
  users: {
    v2: 'users',
    columns: { hashed_password: 'password_hash', organisation: 'organisation_id' },
    note: `organisation text → organisations row; job_title kept, and → role by JOB_TITLE_ROLE_MAP; bcrypt hashes kept as they are; ${SERIAL_INDEX}`,
  },
  projects: {
    v2: 'projects',
    columns: { description: 'summary', sdg_tags: 'project_sdgs', framework_alignment: 'project_priorities' },
    note: 'impact_types jsonb → text[]; sdg_tags → project_sdgs rows by parseSdgTag; framework_alignment → project_priorities; slug and kind are new and derived; status by PROJECT_STATUS_MAP',
  },
  grants: {
    v2: 'grants',
    columns: {
      source: 'funder_id',
      min_amount: 'amount_min',
      max_amount: 'amount_max',
      org_type_eligible: 'eligible_org_types',
      funding_purpose: 'funding_purposes',
    },
    note: 'source → source (mapGrantSource) and a funder; json lists → text[]; timestamps of deadline/open_date → date; industry, location and status by their maps (null industry → general, null location → national)',
  },
  tasks: {
    v2: 'tasks',
    columns: { creator_id: 'created_by_id', assignee_id: 'assigned_to_id' },
    note: 'enum names → lower case by TASK_STATUS_MAP and TASK_PRIORITY_MAP; integer hours → numeric(6,2); attachments json → jsonb',
  },
  tags: { v2: 'tags', note: 'slug derived from name; names differing only by case merge' },
  grant_tags: { v2: 'grant_tags', note: 'as is' },
  project_tags: { v2: 'project_tags', note: 'as is' },
  task_tags: { v2: 'task_tags', note: 'as is' },
  team_members: { v2: 'project_members', note: 'role text → PROJECT_ROLE_MAP; the one duplicate (project, user) pair merges; joined_at kept' },
  task_comments: {
    v2: 'task_comments',
    columns: { user_id: 'author_id', mentions: 'task_comment_mentions' },
    note: 'mentions json list of user ids → task_comment_mentions rows (ids of missing users dropped and reported)',
  },
  reactions: { v2: 'reactions', note: 'as is; the unique key is reordered to lead with comment_id' },
  time_entries: { v2: 'time_entries', note: 'timestamps → timestamptz (Australia/Melbourne)' },
  scraper_logs: {
    v2: 'scraper_runs',
    columns: { source_name: 'source', start_time: 'started_at', end_time: 'ended_at' },
    note: 'metadata json → jsonb; rows of the dummy scraper are test data and are not adopted',
  },
  sge_media_projects: {
    v2: 'media_items',
    columns: { duration: 'duration_seconds' },
    note: "title is new: '<project name> <media_type> <release_date>'; duration text → seconds by parseDuration; rows with no project are orphans, reported",
  },
  sge_distribution_logs: {
    v2: 'media_distributions',
    columns: { media_project_id: 'media_item_id', publish_date: 'published_on' },
    note: 'platform text → PLATFORM_MAP; null counts → 0',
  },
  sge_performance_metrics: {
    v2: 'media_performance_metrics',
    columns: { media_project_id: 'media_item_id', metric_date: 'date' },
    note: 'null counts → 0; one row per item and day',
  },
  sge_impact_stories: { v2: 'impact_stories', columns: { media_project_id: 'media_item_id' }, note: 'as is' },
  sge_client_access: {
    v2: 'client_accounts',
    columns: { client_name: 'name', client_email: 'email', allowed_projects: 'client_project_access' },
    note: 'allowed_projects int[] → client_project_access rows (ids of missing projects dropped and reported); organisation_id is Shadow Goose',
  },
  metrics: { v2: null, note: 'no endpoint reads or writes it; V2 social_metrics and media_performance_metrics hold measured numbers' },
  program_logics: { v2: null, note: 'no endpoint reads or writes it; outcome and impact text live on projects' },
  sustainability_metrics: { v2: null, note: 'endpoints/sustainability.py is not mounted and its models break the mapper' },
  sustainability_policies: { v2: null, note: 'as sustainability_metrics' },
  action_plans: { v2: null, note: 'as sustainability_metrics' },
  performance_targets: { v2: null, note: 'as sustainability_metrics' },
  assurance_logs: { v2: null, note: 'as sustainability_metrics' },
  notion_workspaces: { v2: null, note: 'endpoints/notion_integration.py is not mounted; the mounted notion.py is an in-memory mock' },
  notion_sync_mappings: { v2: null, note: 'as notion_workspaces' },
  notion_sync_logs: { v2: null, note: 'as notion_workspaces' },
  alembic_version: { v2: null, note: 'Alembic state with several heads; MikroORM keeps its own' },
};
