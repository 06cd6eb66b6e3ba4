-- Alembic's table with the heads of the repository's revision graph (alembic/versions/*.py):
-- branch A ends at 001_7_create_task_related_tables (000_create_user_table → 001_create_tasks_table
-- → 001_2_create_project_table → 001_5_create_grants_table → 001_7_…); branch B starts at
-- 001_fresh_database_setup and ends in four heads: 20250127_sge_media (two files share that id:
-- 20250127_add_sge_media_module_backup.py and _backup2.py), 20250127_sustainability,
-- 20250127_user_profile, sge_media_v1. `alembic upgrade head` refuses several heads, which is why
-- production never ran Alembic; a stamped table like this one is what `alembic stamp heads` leaves.
create table alembic_version (
  version_num varchar(32) not null,
  constraint alembic_version_pkc primary key (version_num)
);
insert into alembic_version (version_num) values
  ('001_7_create_task_related_tables'),
  ('20250127_sge_media'),
  ('20250127_sustainability'),
  ('20250127_user_profile'),
  ('sge_media_v1');
