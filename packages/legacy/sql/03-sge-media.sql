-- The sge_* tables as production has them: GET /sge-media-health creates them by raw DDL when no
-- sge_ table exists. Source: app/api/v1/endpoints/sge_media_health.py:35-108. Unlike the models
-- (app/models/sge_media.py:22, 51, 76, 101: FKs ON DELETE CASCADE, timestamptz default now()),
-- there is no FK, no index and no timestamp default: every row the app writes has NULL created_at.
create table if not exists sge_media_projects (
  id serial primary key,
  project_id integer,
  media_type varchar(50) not null,
  duration varchar(20),
  release_date date,
  target_audience text[],
  contributors text[],
  production_budget numeric(10, 2),
  thumbnail_url varchar(500),
  created_at timestamp,
  updated_at timestamp
);
create table if not exists sge_distribution_logs (
  id serial primary key,
  media_project_id integer not null,
  platform varchar(100) not null,
  url text,
  publish_date date,
  views integer,
  reach integer,
  engagement_rate numeric(5, 2),
  notes text,
  created_at timestamp
);
create table if not exists sge_performance_metrics (
  id serial primary key,
  media_project_id integer not null,
  metric_date date not null,
  views integer,
  unique_viewers integer,
  watch_time_minutes integer,
  engagement_rate numeric(5, 2),
  shares integer,
  comments integer,
  created_at timestamp
);
create table if not exists sge_impact_stories (
  id serial primary key,
  media_project_id integer not null,
  story_type varchar(50),
  title varchar(200) not null,
  description text,
  stakeholder_name varchar(200),
  stakeholder_organisation varchar(200),
  impact_date date,
  quantifiable_outcome text,
  created_at timestamp
);
-- allowed_projects: "Array of project IDs they can access" (app/models/sge_media.py:129); an
-- integer array can carry no FK.
create table if not exists sge_client_access (
  id serial primary key,
  client_name varchar(200) not null,
  client_email varchar(200) not null unique,
  access_level varchar(50),
  allowed_projects integer[],
  is_active boolean,
  created_at timestamp
);
