/**
 * A hand-made database in the style of a long-lived app: PG enums and a domain, json and arrays,
 * serial and identity sequences, a table without a key, a self-reference and a foreign key added
 * later, a NOT VALID check over rows that break it, timestamps without a time zone, a second schema, a view, a function and trigger, comments,
 * and rows with every character COPY must escape.
 */
export const LEGACY_SCHEMA = `
create type grant_status as enum ('open', 'closed', 'it''s "odd"');
create domain positive_amount as numeric(12,2) check (value >= 0);
create sequence legacy_counter start 100 increment 5;
select nextval('legacy_counter'), nextval('legacy_counter');
create table funders (id serial primary key, name varchar(200) not null unique, meta json, tags text[],
  created timestamp without time zone default now());
create table categories (id int generated always as identity (start with 10 increment by 3) primary key,
  parent_id int references categories(id), name text collate "C", upper_name text generated always as (upper(name)) stored);
alter table funders add column top_category int references categories(id) deferrable initially deferred;
create table grants (id bigserial primary key, funder_id int references funders(id) on delete cascade,
  status grant_status not null default 'open', amount positive_amount, payload jsonb, notes text, deadline date,
  raw bytea, ratio double precision, statuses grant_status[], span interval, at timestamptz,
  constraint ck_amount check (amount < 1000000));
create table notes_no_pk (body text, grant_id bigint, created_at timestamp);
create index ix_grants_deadline on grants (deadline) where deadline is not null;
create index ix_grants_lower_notes on grants (lower(notes));
create schema archive;
create table archive.old_grants (id int, title text);
create table "Mixed Case" ("Weird ""col""" text);
create view open_grants as select id, status from grants where status = 'open';
create function touch() returns trigger language plpgsql as $$ begin new.created := now(); return new; end $$;
create trigger trg_touch before update on funders for each row execute function touch();
comment on table grants is 'Grants, from the legacy app';
comment on column grants.notes is 'Free text; it''s quoted';
comment on index ix_grants_deadline is 'Deadline finder';
insert into categories (parent_id, name) values (null, 'film'), (10, 'short "film"'), (null, E'tab\\there');
update categories set parent_id = 13 where id = 16;
insert into funders (name, meta, tags, created, top_category) values
  ('Creative Victoria', '{"b": 1,  "a": [1, 2]}', array['arts', null, 'a,b', 'q"uote'], '2020-01-01 10:00:00.123456', 10),
  (E'Back\\\\slash\\nnew line', null, '{}', '-infinity', null),
  ('Émile 🎬', '[]', null, null, 16);
insert into grants (funder_id, status, amount, payload, notes, deadline, raw, ratio, statuses, span, at)
  select 1 + g % 3, (array['open', 'closed', 'it''s "odd"']::grant_status[])[1 + g % 3], g * 1.25,
    jsonb_build_object('n', g, 's', repeat('x', g % 7)), case when g % 5 = 0 then null else E'line\\nbreak\\tand \\\\ ' || g end,
    date '2026-01-01' + g, decode(md5(g::text), 'hex'), case g % 4 when 0 then 0.1 when 1 then 1e-300 when 2 then 'NaN' else 'Infinity' end,
    array['open', 'closed']::grant_status[], make_interval(days => g, secs => g / 3.0), timestamptz '2026-07-01 12:00+10' + g * interval '1 minute'
  from generate_series(1, 3000) g;
insert into notes_no_pk select 'same', 1, null from generate_series(1, 3);
insert into notes_no_pk values ('', null, '2026-02-28 23:59:59'), (null, 2, 'infinity');
alter table notes_no_pk add constraint ck_notes_short check (length(body) < 3) not valid;
insert into archive.old_grants values (1, 'old'), (1, 'old');
insert into "Mixed Case" values ('x'), (null);
`;
