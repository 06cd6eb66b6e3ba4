import pg from 'pg';
import { LEGACY_READABLE } from '@navimpact/legacy';
import { ARCHIVE } from './_copy-legacy.ts';
import type { Mapping } from './_mapping.ts';
import { ledger, utc } from './_sql.ts';
import { mapped } from './_value-maps.ts';

// The sge_* tables production built by raw DDL: no FK, no timestamp default, free text where V2
// has sets. A row whose media item or project did not make it into V2 is set aside (kept verbatim
// in legacy_archive); every other change is mapped and said in the ledger. now() is the adoption
// time: the transform runs in one transaction.

// Inspection's form of a readable duration, so what it calls unreadable is what becomes NULL here.
const DURATION = pg.escapeLiteral(LEGACY_READABLE.find((r) => r.table === 'sge_media_projects' && r.column === 'duration')!.pattern);
/** parseDuration in SQL: '15:30', '2:30:15' or '90' in seconds as numeric; NULL when unreadable. */
const seconds = (x: string) => `case when trim(${x}) ~ ${DURATION} then (select sum(u.part::numeric * 60::numeric ^ (cardinality(a.parts) - u.i))
  from (select string_to_array(trim(${x}), ':') as parts) a cross join lateral unnest(a.parts) with ordinality as u(part, i)) end`;
const NULL_TIMES = `'created_at NULL: the adoption time'`;
// Why a row naming a media item has none in V2: the item never existed, or it was set aside.
// (IN, not a correlated EXISTS, so PostgreSQL hashes the archive's ids once: it has no index.)
const lostItem = (x: string) => `format(case when ${x} in (select id from ${ARCHIVE}.sge_media_projects)
  then 'media item %s was set aside' else 'media_project_id %s names no media item' end || ': set aside', ${x})`;
// Which of the count columns are NULL (they become 0), as one reason.
const nullCounts = (alias: string, columns: readonly string[]) =>
  `nullif(concat_ws(', ', ${columns.map((c) => `case when ${alias}.${c} is null then '${c}' end`).join(', ')}), '') || ' NULL: 0'`;

const ITEMS = [
  `create temp table adopt_media as select m.*, p.id as v2_project, p.name as project_name, ${mapped('media_type', 'm.media_type')} as v2_type,
     ${seconds('m.duration')} as v2_seconds, m.project_id in (select id from ${ARCHIVE}.projects) as project_existed
   from ${ARCHIVE}.sge_media_projects m left join projects p on p.id = m.project_id`,
  `insert into media_items (id, created_at, updated_at, project_id, title, media_type, duration_seconds, release_date, target_audience, contributors,
     production_budget, thumbnail_url)
   select id, coalesce(${utc('created_at')}, ${utc('updated_at')}, now()), coalesce(${utc('updated_at')}, ${utc('created_at')}, now()), v2_project,
     concat_ws(' ', project_name, replace(media_type, '_', ' '), release_date), coalesce(v2_type, 'mixed'),
     case when v2_seconds <= 2147483647 then v2_seconds::int end, release_date, coalesce(target_audience, '{}'), coalesce(contributors, '{}'),
     case when production_budget >= 0 then production_budget end, thumbnail_url
   from adopt_media where v2_project is not null`,
  `${ledger} select 'sge_media_projects', m.id::text, case when v.id is not null then 'media_items' end, v.id,
     case when v.id is null then 'set-aside' else 'mapped' end, nullif(concat_ws('; ',
       case when m.project_id is null then 'project_id NULL: a V2 media item belongs to a project: set aside'
            when not m.project_existed then format('project_id %s names no project: set aside', m.project_id)
            when m.v2_project is null then format('project %s was set aside: set aside', m.project_id) end,
       case when v.id is not null and m.v2_type is null then format('media_type %L not in V2: mixed', m.media_type)
            when v.id is not null and lower(trim(m.media_type)) <> m.v2_type then format('media_type %s: %s', m.media_type, m.v2_type) end,
       case when v.id is not null and m.duration is not null and m.v2_seconds is null then format('duration %L unreadable (parseDuration): NULL', m.duration)
            when v.id is not null and v.duration_seconds is null and m.v2_seconds is not null then format('duration %L is more seconds than V2 holds: NULL', m.duration) end,
       case when m.production_budget < 0 then format('production_budget %s breaks ck_media_items_amounts: NULL', m.production_budget) end,
       case when v.id is not null and m.created_at is null then 'created_at NULL: updated_at, else the adoption time' end), '')
   from adopt_media m left join media_items v on v.id = m.id`,
];

const DISTRIBUTIONS = [
  `create temp table adopt_distributions as select d.*, (i.id is not null) as has_item, ${mapped('platform', 'd.platform')} as v2_platform,
     (d.views < 0 or d.reach < 0 or d.engagement_rate < 0) as negative
   from ${ARCHIVE}.sge_distribution_logs d left join media_items i on i.id = d.media_project_id`,
  `insert into media_distributions (id, created_at, updated_at, media_item_id, platform, url, published_on, views, reach, engagement_rate, notes)
   select id, coalesce(${utc('created_at')}, now()), coalesce(${utc('created_at')}, now()), media_project_id, coalesce(v2_platform, 'other'), url, publish_date,
     coalesce(views, 0), coalesce(reach, 0), engagement_rate, notes
   from adopt_distributions where has_item and negative is not true`,
  `${ledger} select 'sge_distribution_logs', d.id::text, case when v.id is not null then 'media_distributions' end, v.id,
     case when v.id is null then 'set-aside' else 'mapped' end, nullif(concat_ws('; ',
       case when not d.has_item then ${lostItem('d.media_project_id')} end,
       case when d.negative then 'a negative count breaks ck_media_distributions_counts: set aside' end,
       case when v.id is not null and d.v2_platform is null then format('platform %L not in V2: other', d.platform)
            when v.id is not null and lower(trim(d.platform)) <> d.v2_platform then format('platform %s: %s', d.platform, d.v2_platform) end,
       case when v.id is not null then ${nullCounts('d', ['views', 'reach'])} end,
       case when v.id is not null and d.created_at is null then ${NULL_TIMES} end), '')
   from adopt_distributions d left join media_distributions v on v.id = d.id`,
];

const METRIC_COUNTS = ['views', 'unique_viewers', 'watch_time_minutes', 'shares', 'comments'];

// V2 keeps one row per item and day: a second row for the same day merges into the first (its
// numbers stay in legacy_archive), among the rows that can be adopted at all.
const METRICS = [
  `create temp table adopt_metrics as select m.*, (m.has_item and m.negative is not true) as ok from (select x.*, (i.id is not null) as has_item,
       (${METRIC_COUNTS.map((c) => `x.${c} < 0`).join(' or ')} or x.engagement_rate < 0) as negative
     from ${ARCHIVE}.sge_performance_metrics x left join media_items i on i.id = x.media_project_id) m`,
  `alter table adopt_metrics add column keep_id int`,
  `update adopt_metrics m set keep_id = k.keep from (select id, first_value(id) over (partition by media_project_id, metric_date, ok order by id) as keep
     from adopt_metrics) k where k.id = m.id`,
  `insert into media_performance_metrics (id, created_at, updated_at, media_item_id, date, ${METRIC_COUNTS.join(', ')}, engagement_rate)
   select id, coalesce(${utc('created_at')}, now()), coalesce(${utc('created_at')}, now()), media_project_id, metric_date,
     ${METRIC_COUNTS.map((c) => `coalesce(${c}, 0)`).join(', ')}, engagement_rate
   from adopt_metrics where ok and id = keep_id`,
  `${ledger} select 'sge_performance_metrics', m.id::text, case when m.ok then 'media_performance_metrics' end, case when m.ok then m.keep_id end,
     case when not m.ok then 'set-aside' when m.id <> m.keep_id then 'merged' else 'mapped' end, nullif(concat_ws('; ',
       case when not m.has_item then ${lostItem('m.media_project_id')} end,
       case when m.negative then 'a negative count breaks ck_media_performance_metrics_counts: set aside' end,
       case when m.ok and m.id <> m.keep_id then format('media item %s already has row %s for %s: merged into it', m.media_project_id, m.keep_id, m.metric_date) end,
       case when m.ok and m.id = m.keep_id then ${nullCounts('m', METRIC_COUNTS)} end,
       case when m.ok and m.id = m.keep_id and m.created_at is null then ${NULL_TIMES} end), '')
   from adopt_metrics m`,
];

const STORIES = [
  `create temp table adopt_stories as select s.*, (i.id is not null) as has_item, ${mapped('story_type', 's.story_type')} as v2_type
   from ${ARCHIVE}.sge_impact_stories s left join media_items i on i.id = s.media_project_id`,
  `insert into impact_stories (id, created_at, updated_at, media_item_id, story_type, title, description, stakeholder_name, stakeholder_organisation,
     impact_date, quantifiable_outcome)
   select id, coalesce(${utc('created_at')}, now()), coalesce(${utc('created_at')}, now()), media_project_id, v2_type, title, description, stakeholder_name,
     stakeholder_organisation, impact_date, quantifiable_outcome
   from adopt_stories where has_item`,
  `${ledger} select 'sge_impact_stories', s.id::text, case when s.has_item then 'impact_stories' end, case when s.has_item then s.id end,
     case when s.has_item then 'mapped' else 'set-aside' end, nullif(concat_ws('; ',
       case when not s.has_item then ${lostItem('s.media_project_id')} end,
       case when s.has_item and s.story_type is not null and s.v2_type is null then format('story_type %L not in V2: NULL (unclassified)', s.story_type)
            when s.has_item and lower(trim(s.story_type)) <> s.v2_type then format('story_type %s: %s', s.story_type, s.v2_type) end,
       case when s.has_item and s.created_at is null then ${NULL_TIMES} end), '')
   from adopt_stories s`,
];

// Clients: one organisation (the app served Shadow Goose alone: the one most users belong to);
// emails differing only in case merge, their projects together; access only to adopted projects.
// An unknown access level becomes viewer, the least; a NULL is_active never matched the real app's
// is_active filter, so it is false.
const CLIENTS = [
  `create temp table adopt_clients as select c.*, first_value(c.id) over (partition by lower(trim(c.client_email)) order by c.id) as keep_id,
     ${mapped('client_access_level', 'c.access_level')} as v2_level from ${ARCHIVE}.sge_client_access c`,
  `insert into client_accounts (id, created_at, updated_at, organisation_id, name, email, access_level, is_active)
   select id, coalesce(${utc('created_at')}, now()), coalesce(${utc('created_at')}, now()),
     (select organisation_id from users group by 1 order by count(*) desc, 1 limit 1), client_name, client_email, coalesce(v2_level, 'viewer'), coalesce(is_active, false)
   from adopt_clients where id = keep_id`,
  `create temp table adopt_client_projects as select c.id, c.keep_id, e.project_id, (p.id is not null) as adopted,
     e.project_id in (select id from ${ARCHIVE}.projects) as existed
   from adopt_clients c cross join lateral unnest(c.allowed_projects) as e(project_id) left join projects p on p.id = e.project_id where e.project_id is not null`,
  `insert into client_project_access (client_account_id, project_id) select distinct keep_id, project_id from adopt_client_projects where adopted`,
  `${ledger} select 'sge_client_access', c.id::text, 'client_accounts', c.keep_id, case when c.id <> c.keep_id then 'merged' else 'mapped' end, nullif(concat_ws('; ',
       case when c.id <> c.keep_id then format('email %s differs only in case from client %s: merged into it, with its projects', c.client_email, c.keep_id) end,
       (select 'allowed_projects ' || string_agg(x.project_id::text, ', ' order by x.project_id) || ' name no project: dropped'
          from adopt_client_projects x where x.id = c.id and not x.existed),
       (select 'allowed_projects ' || string_agg(x.project_id::text, ', ' order by x.project_id) || ' were set aside: dropped'
          from adopt_client_projects x where x.id = c.id and x.existed and not x.adopted),
       case when c.id = c.keep_id and c.access_level is null then 'access_level NULL: viewer'
            when c.id = c.keep_id and c.v2_level is null then format('access_level %L not in V2: viewer, the least access', c.access_level)
            when c.id = c.keep_id and lower(trim(c.access_level)) <> c.v2_level then format('access_level %s: %s', c.access_level, c.v2_level) end,
       case when c.id = c.keep_id and c.is_active is null then 'is_active NULL: false (the real app''s is_active filter never matched it)' end,
       case when c.id = c.keep_id and c.created_at is null then ${NULL_TIMES} end), '')
   from adopt_clients c`,
];

/** Shadow Goose's media module: items, where they went, their numbers, the change they caused, and the clients who see them. */
export const MEDIA_MAPPING: Mapping = {
  tables: ['sge_media_projects', 'sge_distribution_logs', 'sge_performance_metrics', 'sge_impact_stories', 'sge_client_access'],
  needs: ['users', 'projects'],
  steps: [...ITEMS, ...DISTRIBUTIONS, ...METRICS, ...STORIES, ...CLIENTS],
  sequences: ['media_items', 'media_distributions', 'media_performance_metrics', 'impact_stories', 'client_accounts'],
};

const RUN_COUNTS = ['grants_found', 'grants_added', 'grants_updated'];

// Scraper runs: the source must be a V2 scraper (the dummy scraper's rows are test data); a run
// ending before it started, or with negative numbers, breaks ck_scraper_runs_counts.
const RUNS = [
  `create temp table adopt_runs as select r.*, ${mapped('grant_source', 'r.source_name')} as v2_source, ${mapped('scraper_status', 'r.status')} as v2_status,
     (${RUN_COUNTS.map((c) => `r.${c} < 0`).join(' or ')} or r.duration_seconds < 0) as negative, (r.end_time < r.start_time) as inverted
   from ${ARCHIVE}.scraper_logs r`,
  `insert into scraper_runs (id, created_at, updated_at, source, started_at, ended_at, duration_seconds, status, ${RUN_COUNTS.join(', ')}, error_message, metadata)
   select id, ${utc('start_time')}, coalesce(${utc('end_time')}, ${utc('start_time')}), v2_source, ${utc('start_time')}, ${utc('end_time')}, duration_seconds,
     v2_status, ${RUN_COUNTS.map((c) => `coalesce(${c}, 0)`).join(', ')}, error_message, coalesce(metadata::jsonb, '{}')
   from adopt_runs where v2_source is not null and v2_status is not null and negative is not true and inverted is not true`,
  `${ledger} select 'scraper_logs', r.id::text, case when v.id is not null then 'scraper_runs' end, v.id, case when v.id is null then 'set-aside' else 'mapped' end,
     nullif(concat_ws('; ',
       case when lower(trim(r.source_name)) = 'dummy' then 'the dummy scraper''s runs are test data: set aside'
            when r.v2_source is null then format('source_name %L is no V2 scraper: set aside', r.source_name) end,
       case when r.v2_status is null then format('status %L has no V2 value: set aside', r.status)
            when v.id is not null and lower(trim(r.status)) <> r.v2_status then format('status %s: %s', r.status, r.v2_status) end,
       case when r.negative then 'a negative number breaks ck_scraper_runs_counts: set aside' end,
       case when r.inverted then 'end_time before start_time breaks ck_scraper_runs_counts: set aside' end,
       case when v.id is not null then ${nullCounts('r', RUN_COUNTS)} end), '')
   from adopt_runs r left join scraper_runs v on v.id = r.id`,
];

/** The grant scrapers' run log: it maps on its own, as a database may have it without the media module. */
export const SCRAPER_MAPPING: Mapping = { tables: ['scraper_logs'], needs: [], steps: RUNS, sequences: ['scraper_runs'] };
