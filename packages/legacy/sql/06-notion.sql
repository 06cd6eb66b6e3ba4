-- Optional: the Notion tables as app/models/notion_integration.py defines them (create_all itself
-- fails on its duplicated Index() declarations, lines 79-86, so they are written here once each).
-- Nothing mounted uses them: the mounted notion.py talks to an in-memory mock.
create table notion_workspaces (
  id serial primary key,
  workspace_id varchar(255) not null,
  workspace_name varchar(255) not null,
  access_token text not null,
  bot_user_id varchar(255),
  is_active boolean not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ix_notion_workspaces_id on notion_workspaces (id);
create unique index ix_notion_workspaces_workspace_id on notion_workspaces (workspace_id);
create index ix_notion_workspaces_is_active on notion_workspaces (is_active);

create table notion_sync_mappings (
  id serial primary key,
  media_project_id integer references sge_media_projects (id) on delete cascade,
  notion_page_id varchar(255) not null,
  notion_database_id varchar(255),
  sync_direction varchar(20) not null,
  last_sync_at timestamptz,
  sync_status varchar(50) not null,
  created_at timestamptz not null default now()
);
create index ix_notion_sync_mappings_id on notion_sync_mappings (id);
create index ix_notion_sync_mappings_media_project_id on notion_sync_mappings (media_project_id);
create index ix_notion_sync_mappings_notion_page_id on notion_sync_mappings (notion_page_id);
create index ix_notion_sync_mappings_sync_status on notion_sync_mappings (sync_status);

create table notion_sync_logs (
  id serial primary key,
  workspace_id integer references notion_workspaces (id) on delete cascade,
  operation_type varchar(50) not null,
  entity_type varchar(50) not null,
  entity_id varchar(255),
  status varchar(50) not null,
  error_message text,
  sync_duration_ms integer,
  created_at timestamptz not null default now()
);
create index ix_notion_sync_logs_id on notion_sync_logs (id);
create index ix_notion_sync_logs_workspace_id on notion_sync_logs (workspace_id);
create index ix_notion_sync_logs_status on notion_sync_logs (status);
create index ix_notion_sync_logs_created_at on notion_sync_logs (created_at);
