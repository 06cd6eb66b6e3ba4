import { readdir } from 'node:fs/promises';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE, findConventionViolations, pendingMigrations, schemaDrift } from '@navimpact/schema';
import { DbError, databaseName, probeDatabase, withClient } from '@navimpact/server';
import type pg from 'pg';
import { formatCount, formatServerVersion, plural } from '../format.ts';
import { withOrm } from './_connections.ts';
import { findIndexUsage, LARGE_TABLE_ROWS } from './index-usage.ts';

/** One line of the health check: ok, a problem, or skipped because an earlier one failed. */
export interface CheckItem {
  name: string;
  status: 'ok' | 'problem' | 'skipped';
  summary: string;
  details: string[];
  hint?: string;
}

/** Every check, and whether all of them passed. */
export interface CheckReport {
  items: CheckItem[];
  ok: boolean;
}

/**
 * Checks a database without changing it: the server answers, every migration is applied, the
 * entities match the tables, the tables follow the plan's conventions, and the indexes are used.
 */
export async function checkDatabase(url: string, options: { embedded?: boolean } = {}): Promise<CheckReport> {
  const items: CheckItem[] = [];
  const server = await checkServer(url, options.embedded === true);
  items.push(server);
  if (server.status === 'ok') {
    const migrations = await checkMigrations(url);
    items.push(migrations);
    if (migrations.status === 'ok') items.push(await checkDrift(url), await checkConventions(url));
    else items.push(skipped('schema'), skipped('conventions'));
    items.push(await withClient(url, checkIndexUsage));
  }
  return { items, ok: items.every((item) => item.status === 'ok') };
}

async function checkServer(url: string, embedded: boolean): Promise<CheckItem> {
  try {
    const { serverVersionNum } = await probeDatabase(url);
    return { name: 'server', status: 'ok', summary: `PostgreSQL ${formatServerVersion(serverVersionNum)} answers`, details: [] };
  } catch (error) {
    if (!(error instanceof DbError)) throw error;
    // The check only reports: starting the embedded server or creating its database is another command's job.
    if (embedded && error.code === 'UNREACHABLE') {
      return { name: 'server', status: 'problem', summary: 'the embedded server is not running', details: [], hint: '`navimpact start` starts it.' };
    }
    if (embedded && error.code === 'NO_DATABASE') {
      const summary = `the database ${databaseName(url)} does not exist on the embedded server`;
      return { name: 'server', status: 'problem', summary, details: [], hint: '`navimpact migrate` creates it, `navimpact fresh` builds it seeded.' };
    }
    return { name: 'server', status: 'problem', summary: error.message, details: [], hint: error.hint };
  }
}

async function checkMigrations(url: string): Promise<CheckItem> {
  // The migrator creates its bookkeeping table when asked what is pending; a check must not write.
  const pending = (await hasMigrationsTable(url)) ? await withOrm(url, pendingMigrations) : await migrationsOnDisk();
  if (pending.length === 0) return { name: 'migrations', status: 'ok', summary: 'all applied', details: [] };
  return {
    name: 'migrations',
    status: 'problem',
    summary: `${plural(pending.length, 'migration')} pending`,
    details: pending,
    hint: 'Run `navimpact migrate`.',
  };
}

async function checkDrift(url: string): Promise<CheckItem> {
  // information_schema shows a table's constraints only to a role that may do more than read it, so
  // for a read-only role every check constraint and foreign key would look missing.
  const { role, readOnly } = await withClient(url, readOnlyTables);
  if (readOnly > 0) {
    return {
      name: 'schema',
      status: 'skipped',
      summary: `not compared: the role ${role} may not change ${plural(readOnly, 'table')}, and PostgreSQL hides their constraints from it`,
      details: [],
      hint: 'Run `navimpact check` as the database owner (or a role with write privileges on the tables) to compare the schema.',
    };
  }
  const drift = await withOrm(url, schemaDrift);
  if (drift === '') return { name: 'schema', status: 'ok', summary: 'the tables match the entities', details: [] };
  return {
    name: 'schema',
    status: 'problem',
    summary: 'the tables differ from what the applied migrations and the entities define; this SQL would align them',
    details: drift.split('\n').filter((line) => line.trim() !== ''),
    // migration:create diffs the entities against the migrations, not against this database, so it
    // answers "No changes" when the database itself was changed by hand.
    hint: 'If the database was changed by hand, undo that (the SQL above does; `navimpact fresh` rebuilds a dev database). '
      + 'If an entity changed, `navimpact migration:create --name <what-changed>` writes its migration (it says "No changes" when the entities match the migrations), then `navimpact migrate`.',
  };
}

async function readOnlyTables(client: pg.Client): Promise<{ role: string; readOnly: number }> {
  const { rows } = await client.query<{ role: string; read_only: number }>(
    `select current_user as role, count(*) filter (
        where not pg_has_role(c.relowner, 'usage')
          and not has_table_privilege(c.oid, 'insert, update, delete, truncate, references, trigger'))::int as read_only
       from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')`,
  );
  return { role: rows[0]!.role, readOnly: rows[0]!.read_only };
}

async function checkConventions(url: string): Promise<CheckItem> {
  const violations = await withClient(url, findConventionViolations);
  if (violations.length === 0) {
    return { name: 'conventions', status: 'ok', summary: 'keys, indexes and names follow the plan', details: [] };
  }
  const summary = `${plural(violations.length, 'violation')} of the plan's conventions`;
  return { name: 'conventions', status: 'problem', summary, details: violations };
}

// Below a week of statistics or this many scans, an index unused so far may yet serve a weekly or monthly job.
const MATURE_DAYS = 7;
const MATURE_SCANS = 10_000;

/** Any database's indexes that no scan used and large tables read by sequential scans, judged only once the statistics have seen enough. */
export async function checkIndexUsage(client: pg.ClientBase): Promise<CheckItem> {
  const { rows: [stats] } = await client.query<{ since: Date | null; days: number | null; scans: string }>(
    `select d.stats_reset as since, extract(epoch from now() - d.stats_reset) / 86400 as days,
       (select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) from pg_stat_user_tables where schemaname = current_schema()) as scans
     from pg_stat_database d where d.datname = current_database()`);
  const usage = await findIndexUsage(client);
  const unused = usage.unusedIndexes.filter((i) => i.tableRows > 0 && !i.foreignKey);
  const details = [
    ...unused.map((i) => `${i.index} on ${i.table} (${formatCount(i.tableRows)} rows, ${formatCount(Math.round(i.bytes / 1024))} kB): never scanned`),
    ...usage.sequentialScans.map((s) => `${s.table} (${formatCount(s.rows)} rows): ${plural(s.seqScans, 'sequential scan')}, ${plural(s.indexScans, 'index scan')}`),
  ];
  const since = stats?.since ? `since the statistics were reset on ${stats.since.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'since the database was created (never reset)';
  const scans = Number(stats?.scans ?? 0);
  const found = `${formatCount(unused.length)} ${unused.length === 1 ? 'index' : 'indexes'} never scanned, ${plural(usage.sequentialScans.length, 'table')} of ${formatCount(LARGE_TABLE_ROWS)} rows or more read by sequential scans`;
  if ((stats?.days ?? MATURE_DAYS) < MATURE_DAYS || scans < MATURE_SCANS) {
    const age = stats?.days === null || stats?.days === undefined ? '' : ` over ${stats.days < 1 ? `${Math.round(stats.days * 24)} hours` : `${Math.round(stats.days)} days`}`;
    return { name: 'index usage', status: 'ok', summary: `too early to judge: ${formatCount(scans)} scans${age} ${since}; so far ${found}`, details };
  }
  if (details.length === 0) return { name: 'index usage', status: 'ok', summary: `every index is used (${formatCount(scans)} scans ${since})`, details };
  return {
    name: 'index usage', status: 'problem', summary: `${found}, over ${formatCount(scans)} scans ${since}`, details,
    hint: 'An index never scanned costs every write: drop it by a migration once no rare job needs it. A large table read by sequential scans lacks an index its queries can use: EXPLAIN them.',
  };
}

function skipped(name: string): CheckItem {
  return { name, status: 'skipped', summary: 'skipped until the migrations are applied', details: [] };
}

async function hasMigrationsTable(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ found: boolean }>('select to_regclass($1) is not null as found', [MIGRATIONS_TABLE]);
    return rows[0]?.found === true;
  });
}

// Without the bookkeeping table nothing is applied, so every migration file is pending.
async function migrationsOnDisk(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files.filter((f) => /^Migration.*\.ts$/.test(f) && !f.endsWith('.d.ts')).map((f) => f.slice(0, -'.ts'.length)).sort();
}
