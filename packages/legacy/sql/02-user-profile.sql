-- The users' profile columns as production got them: GET /users/user-profile-health runs this DDL
-- when `bio` is missing. Source: app/api/v1/endpoints/users.py:287-330, "Create missing columns
-- (simplified - no foreign key constraint for now)": mentor_id has no FK, unlike app/models/user.py:32.
alter table users add column if not exists bio text;
alter table users add column if not exists avatar_url varchar(500);
alter table users add column if not exists job_title varchar(200);
alter table users add column if not exists organisation varchar(200);
alter table users add column if not exists phone varchar(50);
alter table users add column if not exists location varchar(200);
alter table users add column if not exists timezone varchar(50);
alter table users add column if not exists current_status varchar(50) default 'available';
alter table users add column if not exists skills text[] default '{}';
alter table users add column if not exists interests text[] default '{}';
alter table users add column if not exists social_links jsonb default '{}';
alter table users add column if not exists is_intern boolean default false;
alter table users add column if not exists mentor_id integer;
alter table users add column if not exists preferences jsonb default '{}';
