import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

const SQL_DIR = path.resolve(import.meta.dirname, '../sql');

/** Which optional modules of the real app the legacy schema includes. */
export interface LegacySchemaOptions {
  /** The five ESRS tables of app/models/sustainability.py (no running code uses them). */
  sustainability?: boolean;
  /** The three tables of app/models/notion_integration.py (no running code uses them). */
  notion?: boolean;
}

/** The files that build production's schema, in the order production got them. */
const PARTS = ['01-models.sql', '02-user-profile.sql', '03-sge-media.sql', '04-alembic.sql'];

/** The tables of the real app's models, as `create_all` builds them (app/models/*.py). */
export const MODEL_TABLES = [
  'users', 'grants', 'tags', 'projects', 'tasks', 'team_members', 'metrics', 'program_logics',
  'grant_tags', 'project_tags', 'task_tags', 'task_comments', 'time_entries', 'reactions', 'scraper_logs',
] as const;

/** The tables the health endpoint creates by raw DDL (sge_media_health.py). */
export const SGE_TABLES = [
  'sge_media_projects', 'sge_distribution_logs', 'sge_performance_metrics', 'sge_impact_stories', 'sge_client_access',
] as const;

/** The optional modules' tables. */
export const SUSTAINABILITY_TABLES = [
  'sustainability_metrics', 'sustainability_policies', 'action_plans', 'performance_targets', 'assurance_logs',
] as const;
export const NOTION_TABLES = ['notion_workspaces', 'notion_sync_mappings', 'notion_sync_logs'] as const;

/**
 * Every table name the real app's code or migrations ever create: the models, the raw-DDL sge_*
 * tables, Alembic's table, the optional modules, and the tables only the Alembic branches create
 * (`industry_news` in 001_fresh; `user`, `task`, `project`, `time_entry` in the 000_create_user_table branch).
 */
export const LEGACY_TABLES: readonly string[] = [
  ...MODEL_TABLES, ...SGE_TABLES, 'alembic_version', ...SUSTAINABILITY_TABLES, ...NOTION_TABLES,
  'industry_news', 'user', 'task', 'project', 'time_entry',
];

/** The heads stamped in production's alembic_version (the repository's revision graph at 0de2bab). */
export const LEGACY_ALEMBIC_HEADS = [
  '001_7_create_task_related_tables', '20250127_sge_media', '20250127_sustainability', '20250127_user_profile', 'sge_media_v1',
] as const;

/** The SQL that builds the legacy schema, one string, comments included. */
export async function legacySchemaSql(options: LegacySchemaOptions = {}): Promise<string> {
  const parts = [...PARTS];
  if (options.sustainability) parts.push('05-sustainability.sql');
  if (options.notion) parts.push('06-notion.sql');
  const texts = await Promise.all(parts.map((file) => readFile(path.join(SQL_DIR, file), 'utf8')));
  return texts.join('\n');
}

/**
 * Builds the real app's production schema in the client's (empty) database: the models' tables as
 * `create_all` makes them, the users' profile columns and the sge_* tables by the endpoints' raw DDL,
 * and an alembic_version table with several heads.
 */
export async function createLegacySchema(client: pg.ClientBase, options: LegacySchemaOptions = {}): Promise<void> {
  await client.query(await legacySchemaSql(options));
}

/** Moves every serial sequence of the current schema past the largest id its table holds. */
export async function syncSerialSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(`
    select s.oid::regclass::text as seq, t.oid::regclass::text as tbl, a.attname as col
    from pg_class s
    join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.deptype = 'a'
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' and s.relnamespace = current_schema()::regnamespace`);
  for (const r of rows) {
    await client.query(`select setval($1, coalesce((select max(${pg.escapeIdentifier(r.col)}) from ${r.tbl}), 0) + 1, false)`, [r.seq]);
  }
}
