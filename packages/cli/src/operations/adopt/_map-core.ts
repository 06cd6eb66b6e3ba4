import { ARCHIVE } from './_copy-legacy.ts';
import type { Mapping } from './_mapping.ts';
import { BCRYPT, jsonList, ledger, slug, utc } from './_sql.ts';
import { mapped } from './_value-maps.ts';

const USERS = [
  `create temp table adopt_users as select u.*, first_value(u.id) over (partition by lower(trim(u.email)) order by u.id) as keep_id from ${ARCHIVE}.users u`,
  `insert into organisations (name, slug) select min(trim(organisation)), ${slug('trim(organisation)')} from adopt_users
     where nullif(trim(organisation), '') is not null group by 2`,
  `insert into organisations (name, slug) select 'Unassigned organisation', 'unassigned-organisation' where not exists (select from organisations)`,
  // Users without an organisation join the one most users name.
  `create temp table adopt_default_org as select o.id from organisations o left join adopt_users u on ${slug('trim(u.organisation)')} = o.slug
     group by o.id order by count(u.id) desc, o.id limit 1`,
  `insert into users (id, created_at, updated_at, organisation_id, email, password_hash, full_name, role, job_title, is_intern, phone, bio,
     avatar_url, location, timezone, current_status, skills, interests, social_links, preferences, is_active)
   select u.id, ${utc('u.created_at')}, ${utc('u.updated_at')}, coalesce(o.id, (select id from adopt_default_org)), u.email,
     case when u.hashed_password ~ ${BCRYPT} then u.hashed_password end,
     coalesce(nullif(trim(u.full_name), ''),
       (select trim(x.full_name) from adopt_users x where x.keep_id = u.id and nullif(trim(x.full_name), '') is not null order by x.id limit 1),
       initcap(regexp_replace(split_part(u.email, '@', 1), '[._+-]+', ' ', 'g'))),
     coalesce(${mapped('job_title_role', 'u.job_title')}, 'member'), u.job_title, coalesce(u.is_intern, false), u.phone, u.bio,
     u.avatar_url, u.location, u.timezone, coalesce(${mapped('user_status', 'u.current_status')}, 'available'),
     coalesce(u.skills, '{}'), coalesce(u.interests, '{}'), coalesce(u.social_links, '{}'), coalesce(u.preferences, '{}'), coalesce(u.is_active, true)
   from adopt_users u left join organisations o on o.slug = ${slug('trim(u.organisation)')} where u.id = u.keep_id`,
  `update users v set mentor_id = m.keep_id from adopt_users u join adopt_users m on m.id = u.mentor_id where v.id = u.id and m.keep_id <> u.id`,
  `${ledger} select 'users', u.id::text, 'users', u.keep_id, case when u.id <> u.keep_id then 'merged' else 'mapped' end, nullif(concat_ws('; ',
     case when u.id <> u.keep_id then format('email %s differs only in case from user %s: merged into it', u.email, u.keep_id) end,
     case when nullif(trim(u.full_name), '') is null then format('full_name NULL: %L (from the email or the merged user)', v.full_name) end,
     case when u.is_active is null then 'is_active NULL: true' end,
     case when u.mentor_id is not null and m.id is null then format('mentor_id %s names no user: NULL', u.mentor_id) end,
     case when u.hashed_password !~ ${BCRYPT} then 'hashed_password is no bcrypt hash: password_hash NULL' end,
     case when nullif(trim(u.organisation), '') is null then 'no organisation: the organisation most users name' end), '')
   from adopt_users u left join adopt_users m on m.id = u.mentor_id left join users v on v.id = u.keep_id`,
];

const TAGS = [
  `create temp table adopt_tags as select t.*, coalesce(nullif(${slug('t.name')}, ''), 'tag-' || t.id) as slug from ${ARCHIVE}.tags t`,
  `alter table adopt_tags add column keep_id int`,
  `update adopt_tags t set keep_id = k.keep from (select id, first_value(id) over (partition by slug order by id) as keep from adopt_tags) k where k.id = t.id`,
  `insert into tags (id, name, slug) select id, name, slug from adopt_tags where id = keep_id`,
  `${ledger} select 'tags', id::text, 'tags', keep_id, case when id <> keep_id then 'merged' else 'mapped' end,
     case when id <> keep_id then format('name %L has the slug %s of tag %s: merged into it', name, slug, keep_id) end from adopt_tags`,
];

const GRANTS = [
  `insert into funders (name, slug, kind, jurisdiction)
   select min(trim(source)), ${slug('trim(source)')}, case when min(trim(source)) = 'philanthropic' then 'philanthropic' else 'government' end,
     case when min(trim(source)) = 'councils' then 'local' else 'national' end from ${ARCHIVE}.grants group by 2`,
  `create temp table adopt_grants as select g.*, ${mapped('grant_status', 'g.status')} as v2_status,
     ${mapped('industry_focus', 'g.industry_focus')} as v2_industry, ${mapped('location', 'g.location_eligibility')} as v2_location,
     cu.keep_id as v2_creator, (g.min_amount < 0 or g.max_amount < 0) as negative from ${ARCHIVE}.grants g left join adopt_users cu on cu.id = g.created_by_id`,
  `insert into grants (id, created_at, updated_at, funder_id, source, created_by_id, title, description, amount_min, amount_max, open_date,
     deadline, status, industry_focus, location_eligibility, eligible_org_types, funding_purposes, audience_tags, source_url, application_url, contact_email, notes)
   select g.id, ${utc('g.created_at')}, ${utc('g.updated_at')}, f.id, coalesce(${mapped('grant_source', 'g.source')}, 'manual'), g.v2_creator,
     g.title, g.description,
     case when g.min_amount > g.max_amount then g.max_amount else g.min_amount end, case when g.min_amount > g.max_amount then g.min_amount else g.max_amount end,
     g.open_date::date, g.deadline::date, g.v2_status, coalesce(g.v2_industry, 'general'), coalesce(g.v2_location, 'national'),
     ${jsonList('g.org_type_eligible')}, ${jsonList('g.funding_purpose')}, ${jsonList('g.audience_tags')}, g.source_url, g.application_url, g.contact_email, g.notes
   from adopt_grants g join funders f on f.slug = ${slug('trim(g.source)')} where g.v2_status is not null and g.negative is not true`,
  `${ledger} select 'grants', g.id::text, case when v.id is not null then 'grants' end, v.id, case when v.id is null then 'set-aside' else 'mapped' end, nullif(concat_ws('; ',
     case when g.v2_status is null then format('status %L has no V2 value: set aside', g.status) end,
     case when g.negative then 'a negative amount breaks ck_grants_amounts: set aside' end,
     case when v.id is not null and lower(trim(g.status)) <> g.v2_status then format('status %s: %s', g.status, g.v2_status) end,
     case when g.industry_focus is null then 'industry_focus NULL: general'
          when g.v2_industry is null then format('industry_focus %L not in V2: general', g.industry_focus)
          when lower(trim(g.industry_focus)) <> g.v2_industry then format('industry_focus %s: %s', g.industry_focus, g.v2_industry) end,
     case when g.location_eligibility is null then 'location_eligibility NULL: national'
          when g.v2_location is null then format('location_eligibility %L not in V2: national', g.location_eligibility)
          when lower(trim(g.location_eligibility)) <> g.v2_location then format('location_eligibility %s: %s', g.location_eligibility, g.v2_location) end,
     case when g.min_amount > g.max_amount then format('min %s > max %s: swapped', g.min_amount, g.max_amount) end,
     case when g.created_by_id is not null and g.v2_creator is null then format('created_by_id %s names no user: NULL', g.created_by_id) end,
     case when g.created_by_id <> g.v2_creator then format('created_by_id %s merged into user %s', g.created_by_id, g.v2_creator) end), '')
   from adopt_grants g left join grants v on v.id = g.id`,
];

const GRANT_TAGS = [
  `create temp table adopt_grant_tags as select gt.grant_id, gt.tag_id, t.keep_id, (g.id is not null) as adopted,
     row_number() over (partition by gt.grant_id, t.keep_id order by gt.tag_id) as n
   from ${ARCHIVE}.grant_tags gt join adopt_tags t on t.id = gt.tag_id left join grants g on g.id = gt.grant_id`,
  `insert into grant_tags (grant_id, tag_id) select grant_id, keep_id from adopt_grant_tags where adopted and n = 1`,
  `${ledger} select 'grant_tags', grant_id || '/' || tag_id, case when adopted then 'grant_tags' end, case when adopted then grant_id end,
     case when not adopted then 'set-aside' when n > 1 then 'merged' else 'mapped' end,
     case when not adopted then format('grant %s was set aside', grant_id) when n > 1 then format('tag %s merged into %s, which grant %s already has', tag_id, keep_id, grant_id)
          when tag_id <> keep_id then format('tag %s merged into %s', tag_id, keep_id) end from adopt_grant_tags`,
];

// Projects: the owner's organisation; a slug from the name, a duplicate within the organisation
// gets its id appended; kind has no legacy source, so 'documentary' (Shadow Goose's main form), said in the ledger.
const PROJECTS = [
  `create temp table adopt_projects as select p.*, o.keep_id as v2_owner, ${mapped('project_status', 'p.status')} as v2_status,
     coalesce(nullif(${slug('p.name')}, ''), 'project') as base_slug, (p.end_date < p.start_date) as inverted
   from ${ARCHIVE}.projects p join adopt_users o on o.id = p.owner_id`,
  `insert into projects (id, created_at, updated_at, organisation_id, owner_id, name, slug, kind, status, summary, start_date, end_date,
     outcome_text, impact_statement, evidence_sources, impact_types)
   select p.id, coalesce(${utc('p.created_at')}, ${utc('p.updated_at')}, now()), coalesce(${utc('p.updated_at')}, ${utc('p.created_at')}, now()),
     u.organisation_id, p.v2_owner, p.name,
     case when row_number() over (partition by u.organisation_id, p.base_slug order by p.id) > 1 then p.base_slug || '-' || p.id else p.base_slug end,
     'documentary', p.v2_status, p.description, p.start_date::date, p.end_date::date, p.outcome_text, p.impact_statement, p.evidence_sources,
     case when jsonb_typeof(p.impact_types) = 'array' then array(select lower(x) from jsonb_array_elements_text(p.impact_types) x
       where lower(x) in ('social', 'community', 'environmental', 'cultural', 'economic')) else '{}'::text[] end
   from adopt_projects p join users u on u.id = p.v2_owner where p.v2_status is not null and p.inverted is not true`,
  `${ledger} select 'projects', p.id::text, case when v.id is not null then 'projects' end, v.id, case when v.id is null then 'set-aside' else 'mapped' end,
     nullif(concat_ws('; ',
       case when p.v2_status is null then format('status %L has no V2 value: set aside', p.status) end,
       case when p.inverted then 'end_date before start_date breaks ck_projects_dates: set aside' end,
       case when v.id is not null and lower(trim(p.status)) <> p.v2_status then format('status %s: %s', p.status, p.v2_status) end,
       case when v.id is not null and v.slug <> p.base_slug then format('name %L is not unique in its organisation: slug %s', p.name, v.slug) end,
       case when v.id is not null and p.created_at is null then 'created_at NULL: updated_at, else the adoption time' end,
       case when v.id is not null then 'kind has no legacy source: documentary' end,
       case when p.owner_id <> p.v2_owner then format('owner %s merged into user %s', p.owner_id, p.v2_owner) end), '')
   from adopt_projects p left join projects v on v.id = p.id`,
  `create temp table adopt_members as select m.*, u.keep_id as v2_user, (p.id is not null) as adopted, ${mapped('project_role', 'm.role')} as v2_role,
     row_number() over (partition by m.project_id, u.keep_id order by m.id) as n
   from ${ARCHIVE}.team_members m join adopt_users u on u.id = m.user_id left join projects p on p.id = m.project_id`,
  `insert into project_members (id, created_at, project_id, user_id, role, joined_at)
   select id, coalesce(${utc('joined_at')}, now()), project_id, v2_user, coalesce(v2_role, 'contributor'), ${utc('joined_at')}
   from adopt_members where adopted and n = 1`,
  `${ledger} select 'team_members', m.id::text, case when m.adopted then 'project_members' end, case when m.adopted then v.id end,
     case when not m.adopted then 'set-aside' when m.n > 1 then 'merged' else 'mapped' end,
     nullif(concat_ws('; ',
       case when not m.adopted then format('project %s was set aside', m.project_id) end,
       case when m.adopted and m.n > 1 then format('user %s is already a member of project %s: merged', m.v2_user, m.project_id) end,
       case when m.adopted and m.v2_role is null then format('role %L not in V2: contributor', m.role)
            when m.adopted and lower(trim(m.role)) <> m.v2_role then format('role %s: %s', m.role, m.v2_role) end,
       case when m.joined_at is null then 'joined_at NULL: created_at is the adoption time' end), '')
   from adopt_members m left join project_members v on v.project_id = m.project_id and v.user_id = m.v2_user`,
];

// Tasks: the PG enums' upper-case names by TASK_STATUS_MAP and TASK_PRIORITY_MAP; a task whose status
// or priority has no V2 value, or with negative hours, is set aside.
const TASKS = [
  `create temp table adopt_tasks as select t.*, ${mapped('task_status', 't.status')} as v2_status, ${mapped('task_priority', 't.priority')} as v2_priority,
     c.keep_id as v2_creator, a.keep_id as v2_assignee, (p.id is not null) as has_project, (t.estimated_hours < 0 or t.actual_hours < 0) as negative
   from ${ARCHIVE}.tasks t left join adopt_users c on c.id = t.creator_id left join adopt_users a on a.id = t.assignee_id left join projects p on p.id = t.project_id`,
  `insert into tasks (id, created_at, updated_at, project_id, assigned_to_id, created_by_id, title, description, status, priority, due_date, completed_at,
     estimated_hours, actual_hours, attachments)
   select id, coalesce(${utc('created_at')}, ${utc('updated_at')}, now()), coalesce(${utc('updated_at')}, ${utc('created_at')}, now()), project_id,
     v2_assignee, v2_creator, title, description, v2_status, v2_priority, due_date::date, ${utc('completed_at')}, estimated_hours, actual_hours,
     coalesce(attachments::jsonb, '[]')
   from adopt_tasks where v2_status is not null and v2_priority is not null and has_project and negative is not true`,
  `${ledger} select 'tasks', t.id::text, case when v.id is not null then 'tasks' end, v.id, case when v.id is null then 'set-aside' else 'mapped' end,
     nullif(concat_ws('; ',
       case when not t.has_project then format('project %s was set aside', t.project_id) end,
       case when t.v2_status is null then format('status %L has no V2 value: set aside', t.status) end,
       case when t.v2_priority is null then format('priority %L has no V2 value: set aside', t.priority) end,
       case when t.negative then 'negative hours break ck_tasks_hours: set aside' end,
       case when v.id is not null and t.created_at is null then 'created_at NULL: updated_at, else the adoption time' end,
       case when t.creator_id <> t.v2_creator then format('creator %s merged into user %s', t.creator_id, t.v2_creator) end,
       case when t.assignee_id <> t.v2_assignee then format('assignee %s merged into user %s', t.assignee_id, t.v2_assignee) end), '')
   from adopt_tasks t left join tasks v on v.id = t.id`,
];

/** The people, grants and work at the heart of every legacy database: every later mapping needs them. */
export const CORE_MAPPING: Mapping = {
  tables: ['users', 'tags', 'grants', 'grant_tags', 'projects', 'team_members', 'tasks'],
  needs: [],
  steps: [...USERS, ...TAGS, ...GRANTS, ...GRANT_TAGS, ...PROJECTS, ...TASKS],
  sequences: ['organisations', 'users', 'tags', 'funders', 'grants', 'projects', 'project_members', 'tasks'],
};
