-- Optional: the sustainability tables (ESRS reporting) as the models define them. Source:
-- app/models/sustainability.py; no running code creates or reads them (endpoints/sustainability.py
-- is not mounted), but a database that ran 20250127_sustainability or create_all with the module
-- imported has them. organisation_id points at users, not at an organisation.
create table sustainability_metrics (
  id serial primary key,
  project_id integer references projects (id),
  organisation_id integer references users (id),
  metric_type varchar not null,
  metric_name varchar not null,
  metric_value double precision,
  unit varchar,
  reporting_period varchar not null,
  scope varchar,
  data_source varchar,
  verification_status varchar,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_sustainability_metrics_id on sustainability_metrics (id);
create index ix_sustainability_metrics_project_id on sustainability_metrics (project_id);
create index ix_sustainability_metrics_organisation_id on sustainability_metrics (organisation_id);
create index ix_sustainability_metrics_metric_type on sustainability_metrics (metric_type);
create index ix_sustainability_metrics_reporting_period on sustainability_metrics (reporting_period);

create table sustainability_policies (
  id serial primary key,
  organisation_id integer not null references users (id),
  policy_type varchar not null,
  policy_name varchar not null,
  policy_description text,
  policy_content text,
  document_url varchar,
  effective_date date,
  review_date date,
  approval_status varchar,
  version varchar,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_sustainability_policies_id on sustainability_policies (id);
create index ix_sustainability_policies_organisation_id on sustainability_policies (organisation_id);
create index ix_sustainability_policies_policy_type on sustainability_policies (policy_type);

create table action_plans (
  id serial primary key,
  organisation_id integer not null references users (id),
  plan_type varchar not null,
  plan_name varchar not null,
  plan_description text,
  target_value double precision,
  target_year integer,
  baseline_value double precision,
  baseline_year integer,
  progress_percentage double precision,
  status varchar,
  responsible_party varchar,
  budget double precision,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_action_plans_id on action_plans (id);
create index ix_action_plans_organisation_id on action_plans (organisation_id);
create index ix_action_plans_plan_type on action_plans (plan_type);

create table performance_targets (
  id serial primary key,
  organisation_id integer not null references users (id),
  target_type varchar not null,
  target_name varchar not null,
  target_description text,
  target_value double precision,
  target_year integer,
  current_value double precision,
  unit varchar,
  status varchar,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_performance_targets_id on performance_targets (id);
create index ix_performance_targets_organisation_id on performance_targets (organisation_id);
create index ix_performance_targets_target_type on performance_targets (target_type);

create table assurance_logs (
  id serial primary key,
  organisation_id integer not null references users (id),
  assurance_type varchar not null,
  assurance_scope varchar,
  assurance_date date,
  assurance_provider varchar,
  assurance_standard varchar,
  assurance_opinion varchar,
  assurance_report_url varchar,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_assurance_logs_id on assurance_logs (id);
create index ix_assurance_logs_organisation_id on assurance_logs (organisation_id);
create index ix_assurance_logs_assurance_type on assurance_logs (assurance_type);
