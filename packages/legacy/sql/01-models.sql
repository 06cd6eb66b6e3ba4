-- The real app's model tables as SQLAlchemy's `create_all` builds them on PostgreSQL, in its
-- dependency order. Source: A1anMc/NavImpactV2 @ 0de2bab, app/models/*.py, created at start-up
-- because `alembic upgrade` fails there (several heads; see 04-alembic.sql).
-- What create_all does that V2 does not: `serial` keys plus a redundant ix_<table>_id index
-- (`index=True` on every `id`), `timestamp without time zone`, unnamed FKs (<table>_<col>_fkey),
-- PG enums holding the Python enum NAMES, JSON (not jsonb) lists, no index on most FK columns.

-- app/models/user.py (the profile columns come later by raw DDL: 02-user-profile.sql)
create table users (
  id serial primary key,
  email varchar not null,
  hashed_password varchar not null,
  full_name varchar,
  is_active boolean,
  created_at timestamp not null default now(),
  updated_at timestamp not null default now()
);
create index ix_users_id on users (id);
create unique index ix_users_email on users (email);

-- app/models/grant.py: created_by_id "Temporarily removed FK constraint" (grant.py:41)
create table grants (
  id serial primary key,
  title varchar(500) not null,
  description text,
  source varchar(100) not null,
  source_url varchar(1000),
  application_url varchar(1000),
  contact_email varchar(255),
  min_amount numeric(10, 2),
  max_amount numeric(10, 2),
  open_date timestamp,
  deadline timestamp,
  created_at timestamp not null default now(),
  updated_at timestamp not null default now(),
  industry_focus varchar(100),
  location_eligibility varchar(100),
  org_type_eligible json,
  funding_purpose json,
  audience_tags json,
  status varchar(50) not null,
  notes text,
  created_by_id integer
);
create index ix_grants_id on grants (id);
create index ix_grants_source on grants (source);
create index ix_grants_open_date on grants (open_date);
create index ix_grants_deadline on grants (deadline);
create index ix_grants_industry_focus on grants (industry_focus);
create index ix_grants_location_eligibility on grants (location_eligibility);
create index ix_grants_status on grants (status);

-- app/models/tag.py: the name is unique case-sensitively
create table tags (
  id serial primary key,
  name varchar not null unique
);
create index ix_tags_id on tags (id);

-- app/models/project.py: created_at/updated_at have only a Python default (datetime.utcnow)
create table projects (
  id serial primary key,
  name varchar not null,
  description text,
  status varchar not null,
  start_date timestamp,
  end_date timestamp,
  created_at timestamp,
  updated_at timestamp,
  owner_id integer not null references users (id),
  outcome_text text,
  impact_statement text,
  impact_types jsonb,
  sdg_tags jsonb,
  framework_alignment jsonb,
  evidence_sources text
);
create index ix_projects_id on projects (id);

-- app/models/task.py: SQLAlchemy's Enum stores the NAMES of TaskStatus/TaskPriority (task.py:10-21)
create type taskstatus as enum ('TODO', 'IN_PROGRESS', 'REVIEW', 'DONE', 'BLOCKED');
create type taskpriority as enum ('LOW', 'MEDIUM', 'HIGH', 'URGENT');
create table tasks (
  id serial primary key,
  title varchar not null,
  description text,
  status taskstatus not null,
  priority taskpriority not null,
  estimated_hours integer,
  actual_hours integer not null,
  due_date timestamp,
  completed_at timestamp,
  created_at timestamp,
  updated_at timestamp,
  project_id integer not null references projects (id) on delete cascade,
  creator_id integer references users (id) on delete set null,
  assignee_id integer references users (id) on delete set null,
  attachments json
);
create index ix_tasks_id on tasks (id);

-- app/models/team_member.py: no unique (user_id, project_id)
create table team_members (
  id serial primary key,
  user_id integer not null references users (id) on delete cascade,
  project_id integer not null references projects (id) on delete cascade,
  role varchar(50) not null,
  joined_at timestamp
);
create index ix_team_members_id on team_members (id);

-- app/models/metric.py
create table metrics (
  id serial primary key,
  project_id integer not null references projects (id) on delete cascade,
  name varchar(255) not null,
  value double precision not null,
  unit varchar(50),
  "timestamp" timestamp
);
create index ix_metrics_id on metrics (id);
create index ix_metrics_name on metrics (name);

-- app/models/program_logic.py
create table program_logics (
  id serial primary key,
  project_id integer not null references projects (id) on delete cascade,
  input text not null,
  output text not null,
  outcome text not null,
  impact text not null
);
create index ix_program_logics_id on program_logics (id);

-- app/models/tag.py (grant_tags: PK and both FKs, though the relationship is commented out),
-- app/models/project_tags.py, app/models/task_tags.py
create table grant_tags (
  grant_id integer not null references grants (id) on delete cascade,
  tag_id integer not null references tags (id) on delete cascade,
  primary key (grant_id, tag_id)
);
create table project_tags (
  project_id integer not null references projects (id) on delete cascade,
  tag_id integer not null references tags (id) on delete cascade,
  primary key (project_id, tag_id)
);
create table task_tags (
  task_id integer not null references tasks (id) on delete cascade,
  tag_id integer not null references tags (id) on delete cascade,
  primary key (task_id, tag_id)
);

-- app/models/task_comment.py: mentions is a JSON list of strings (app/schemas/task.py:53)
create table task_comments (
  id serial primary key,
  content varchar not null,
  task_id integer not null references tasks (id) on delete cascade,
  user_id integer not null references users (id) on delete cascade,
  parent_id integer references task_comments (id) on delete cascade,
  created_at timestamp not null default now(),
  updated_at timestamp not null default now(),
  mentions json
);
create index ix_task_comments_id on task_comments (id);

-- app/models/time_entry.py
create table time_entries (
  id serial primary key,
  duration_minutes integer not null,
  description text,
  started_at timestamp not null,
  ended_at timestamp not null,
  created_at timestamp,
  task_id integer not null references tasks (id) on delete cascade,
  user_id integer not null references users (id) on delete cascade
);
create index ix_time_entries_id on time_entries (id);

-- app/models/reaction.py
create table reactions (
  id serial primary key,
  emoji varchar not null,
  user_id integer not null references users (id) on delete cascade,
  comment_id integer not null references task_comments (id) on delete cascade,
  constraint unique_user_comment_emoji unique (user_id, comment_id, emoji)
);
create index ix_reactions_id on reactions (id);

-- app/models/scraper_log.py: the attribute scraper_metadata is the column "metadata"
create table scraper_logs (
  id serial primary key,
  source_name varchar(100) not null,
  start_time timestamp not null,
  end_time timestamp,
  duration_seconds integer,
  status varchar(50) not null,
  grants_found integer,
  grants_added integer,
  grants_updated integer,
  error_message text,
  metadata json
);
create index ix_scraper_logs_id on scraper_logs (id);
create index ix_scraper_logs_source_name on scraper_logs (source_name);
