import type { LegacyCatalogEntry } from './_legacy-query.ts';

// The most frequent value of a column: a sample that returns rows on any generated database.
const busiest = (column: string, table: string) => `select ${column} from ${table} where ${column} is not null group by 1 order by count(*) desc, 1 limit 1`;
const OPEN_TASKS_LEGACY = ['TODO', 'IN_PROGRESS', 'REVIEW', 'BLOCKED'];

/** The work queries of QUERY_CATALOG as the real app's users.py, projects.py, comments.py and models issue them. */
export const LEGACY_WORK_QUERIES: Readonly<Record<string, LegacyCatalogEntry>> = {
  user_by_email: {
    tables: ['users'],
    // users.py:100: an exact, case-sensitive match on the unique index.
    legacy: { sql: 'select * from users where email = $1', sample: { lookup: 'select email from users order by id offset 10 limit 1' } },
    v2Sample: { lookup: 'select upper(email) from users order by id offset 10 limit 1' },
  },
  active_team: {
    tables: ['users'],
    // users.py:434-435: the organisation is free text.
    legacy: { sql: 'select * from users where organisation = $1 and is_active = true', sample: { lookup: busiest('organisation', 'users') } },
    v2Sample: { lookup: busiest('organisation_id', 'users') },
  },
  active_interns: {
    tables: ['users'],
    legacy: { sql: 'select * from users where is_intern = true and is_active = true', sample: { params: [] } },
    v2Sample: { lookup: 'select organisation_id from users where is_intern and is_active group by 1 order by count(*) desc, 1 limit 1' },
  },
  projects_by_status: {
    tables: ['projects'],
    legacy: { sql: 'select * from projects where status = $1 offset 0 limit 50', sample: { params: ['active'] } },
    v2Sample: { params: ['active'] },
  },
  projects_text_search: {
    tables: ['projects'],
    legacy: { sql: 'select * from projects where name ilike $1 or description ilike $1 offset 0 limit 50', sample: { params: ['%documentary%'] } },
    v2Sample: { params: ['%documentary%'] },
  },
  projects_by_impact_type: {
    tables: ['projects'],
    // projects.py:216: one JSONB containment per value asked (ANDed), with no GIN index to serve it.
    legacy: { sql: 'select * from projects where impact_types @> $1::jsonb offset 0 limit 50', sample: { params: ['["social"]'] } },
    v2Sample: { params: [['social']] },
  },
  my_active_projects: {
    tables: ['projects'],
    legacy: {
      sql: 'select * from projects where owner_id = $1 and status = $2 order by name',
      sample: { lookup: "select owner_id, 'active' from projects where status = 'active' group by 1 order by count(*) desc, 1 limit 1" },
    },
    v2Sample: { lookup: "select owner_id, 'active' from projects where status = 'active' group by 1 order by count(*) desc, 1 limit 1" },
  },
  my_open_tasks: {
    tables: ['tasks'],
    // The real list endpoint is a placeholder (tasks.py:63-79); this is the query its model allows.
    legacy: {
      sql: 'select * from tasks where assignee_id = $1 and status = any($2::taskstatus[]) order by due_date nulls last',
      sample: { lookup: `select assignee_id, array[${OPEN_TASKS_LEGACY.map((s) => `'${s}'`).join(', ')}] from tasks where assignee_id is not null group by 1 order by count(*) desc, 1 limit 1` },
    },
    v2Sample: { lookup: `select assigned_to_id, array['todo', 'in_progress', 'review', 'blocked'] from tasks where assigned_to_id is not null group by 1 order by count(*) desc, 1 limit 1` },
  },
  task_comments: {
    tables: ['task_comments'],
    legacy: { sql: 'select * from task_comments where task_id = $1', sample: { lookup: 'select task_id from task_comments order by id limit 1' } },
    v2Sample: { lookup: 'select task_id from task_comments order by id limit 1' },
  },
  my_mentions: {
    tables: ['task_comments'],
    legacy: null,
    v2Only: 'the real app writes mentions as a JSON list of strings (comments.py:51) and never searches them',
    v2Sample: { lookup: busiest('user_id', 'task_comment_mentions') },
  },
  comment_reactions: {
    tables: ['reactions'],
    legacy: { sql: 'select * from reactions where comment_id = $1', sample: { lookup: 'select comment_id from reactions order by id limit 1' } },
    v2Sample: { lookup: 'select comment_id from reactions order by id limit 1' },
  },
  reaction_toggle: {
    tables: ['reactions'],
    legacy: {
      sql: 'select * from reactions where comment_id = $1 and user_id = $2 and emoji = $3',
      sample: { lookup: 'select comment_id, user_id, emoji from reactions order by id limit 1' },
    },
    v2Sample: { lookup: 'select comment_id, user_id, emoji from reactions order by id limit 1' },
  },
  task_time_entries: {
    tables: ['time_entries'],
    legacy: {
      sql: 'select * from time_entries where task_id = $1 order by started_at',
      sample: { lookup: 'select task_id from time_entries order by id limit 1' },
    },
    v2Sample: { lookup: 'select task_id from time_entries order by id limit 1' },
  },
  my_timesheet: {
    tables: ['time_entries'],
    legacy: {
      sql: 'select * from time_entries where user_id = $1 and started_at >= $2 and started_at < $3',
      sample: { lookup: "select user_id, date_trunc('week', started_at), date_trunc('week', started_at) + interval '7 days' from time_entries order by id limit 1" },
    },
    v2Sample: { lookup: "select user_id, date_trunc('week', started_at), date_trunc('week', started_at) + interval '7 days' from time_entries order by id limit 1" },
  },
};
