/** One of the app's common queries, with sample parameters and the index it must use. */
export interface CatalogQuery {
  name: string;
  /** What the app shows with it. */
  purpose: string;
  sql: string;
  /** Sample parameters, valid against any seeded or empty database. */
  params: readonly unknown[];
  /** The index the planner must be able to use for it. */
  index: string;
}

/**
 * The app's common queries. Every index of the schema that is not a key or a foreign-key
 * index must serve one of them, and a test proves the planner can use it.
 */
export const QUERY_CATALOG: readonly CatalogQuery[] = [
  {
    name: 'grants_by_industry_focus',
    purpose: 'Grant finder filtered by sector',
    sql: 'select id, title, deadline from grants where industry_focus = $1 order by deadline nulls last limit 50',
    params: ['screen'],
    index: 'ix_grants_industry_focus',
  },
  {
    name: 'grants_by_location',
    purpose: 'Grant finder filtered by where the applicant is based',
    sql: 'select id, title, deadline from grants where location_eligibility = $1 order by deadline nulls last limit 50',
    params: ['victoria'],
    index: 'ix_grants_location_eligibility',
  },
  {
    name: 'open_grants_closing_soon',
    purpose: 'Dashboard: open grants whose deadline falls in the next weeks',
    sql: `select id, title, deadline, amount_max from grants
          where status = $1 and deadline between $2 and $3 order by deadline`,
    params: ['open', '2026-01-01', '2026-02-15'],
    index: 'ix_grants_status_deadline',
  },
  {
    name: 'deadline_calendar',
    purpose: 'Calendar of every dated deadline in a month, whatever the status',
    sql: 'select id, title, status, deadline from grants where deadline >= $1 and deadline < $2 order by deadline',
    params: ['2026-01-01', '2026-02-01'],
    index: 'ix_grants_deadline',
  },
  {
    name: 'my_open_tasks',
    purpose: "A team member's task list: their tasks in the given states",
    sql: `select id, title, status, due_date from tasks
          where assigned_to_id = $1 and status = any($2::text[]) order by due_date nulls last`,
    params: [1, ['todo', 'in_progress', 'blocked']],
    index: 'ix_tasks_assigned_to_id_status',
  },
  {
    name: 'my_active_projects',
    purpose: "A producer's projects in one state",
    sql: 'select id, name, kind from projects where owner_id = $1 and status = $2 order by name',
    params: [1, 'active'],
    index: 'ix_projects_owner_id_status',
  },
  {
    name: 'user_by_email',
    purpose: 'Sign-in: find a user by email whatever its case',
    sql: 'select id, full_name, role from users where lower(email) = lower($1)',
    params: ['Producer@ShadowGoose.com.au'],
    index: 'uq_users_email',
  },
  {
    name: 'account_metrics_in_period',
    purpose: 'OKR 4.1: one account’s daily numbers over a period',
    sql: `select date, followers, impressions, engagements from social_metrics
          where social_account_id = $1 and date between $2 and $3 order by date`,
    params: [1, '2026-01-01', '2026-03-31'],
    index: 'uq_social_metrics_social_account_id_date',
  },
];
