// What bench:indexes measures for one catalog query: its p50 with the index, its p50 with the
// index dropped inside a transaction that is rolled back, and the plan's scans in each case.
// Where the planner falls back on another secondary index of the table, that one is dropped too,
// so "without" means what the goal means: no index serves the query.
import pg from 'pg';
import type { CatalogQuery } from '@navimpact/schema';

/** One query's figures: p50 of the server's execution time, and of the round trip the app sees. */
export interface IndexProbe {
  withMs: number;
  withoutMs: number;
  withTripMs: number;
  withoutTripMs: number;
  withPlan: string;
  withoutPlan: string;
  /** Rows the plan with the index reads from the query's table, every loop counted. */
  withRead: number;
  /** The other indexes the planner fell back on, dropped as well. */
  fallbacks: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The secondary indexes (ix_, uq_) a plan uses; keys stay.
function secondaryIndexes(node: PlanNode): string[] {
  const own = node['Index Name'] && /^(ix|uq)_/.test(node['Index Name']) ? [node['Index Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(secondaryIndexes)];
}

// The scans of a plan, outermost first: the index each uses, or "Seq Scan on <table>".
function scans(node: PlanNode): string[] {
  const own = node['Index Name'] ? [`${node['Node Type']} ${node['Index Name']}`]
    : node['Node Type'] === 'Seq Scan' ? [`Seq Scan on ${node['Relation Name']}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

// Rows the heap scans of a table hand up or filter out; Actual Rows is per loop.
function rowsRead(node: PlanNode, table: string): number {
  const own = node['Relation Name'] === table
    ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * (node['Actual Loops'] ?? 1)
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child, table), 0);
}

async function planOf(client: pg.Client, query: CatalogQuery, table: string): Promise<{ plan: string; read: number; indexes: string[] }> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (analyze, format json) ${query.sql}`, [...query.params]);
  const root = rows[0]!['QUERY PLAN'][0].Plan;
  return { plan: scans(root).join(' + '), read: rowsRead(root, table), indexes: secondaryIndexes(root) };
}

// The server's execution time, without per-node timing (which would slow a sequential scan more
// than an index probe), and the round trip, which adds parsing, planning and the network to both.
async function p50(client: pg.Client, query: CatalogQuery, runs: number): Promise<{ ms: number; tripMs: number }> {
  const times: number[] = [];
  const trips: number[] = [];
  // The first runs warm the cache and the catalog; only the rest are timed.
  for (let i = 0; i < runs + 3; i++) {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Execution Time': number }] }>(`explain (analyze, timing off, format json) ${query.sql}`, [...query.params]);
    const t = performance.now();
    await client.query(query.sql, [...query.params]);
    if (i < 3) continue;
    trips.push(performance.now() - t);
    times.push(rows[0]!['QUERY PLAN'][0]['Execution Time']);
  }
  return { ms: median(times), tripMs: median(trips) };
}

// A constraint's index goes with its constraint; a plain index alone.
async function dropIndex(client: pg.Client, index: string): Promise<void> {
  const { rows } = await client.query<{ table: string }>('select conrelid::regclass::text as table from pg_constraint where conname = $1', [index]);
  if (rows[0]) await client.query(`alter table ${rows[0].table} drop constraint ${pg.escapeIdentifier(index)}`);
  else await client.query(`drop index ${pg.escapeIdentifier(index)}`);
}

/** Times a query with its index and without it; the index is dropped in a transaction rolled back, so the database is left as it was. */
export async function probeIndex(client: pg.Client, query: CatalogQuery, table: string, runs: number): Promise<IndexProbe> {
  const withPlan = await planOf(client, query, table);
  const withTimes = await p50(client, query, runs);
  await client.query('begin');
  try {
    await dropIndex(client, query.index);
    const fallbacks: string[] = [];
    let withoutPlan = await planOf(client, query, table);
    for (let next = withoutPlan.indexes[0]; next; next = withoutPlan.indexes[0]) {
      fallbacks.push(next);
      await dropIndex(client, next);
      withoutPlan = await planOf(client, query, table);
    }
    const withoutTimes = await p50(client, query, runs);
    return {
      withMs: withTimes.ms, withoutMs: withoutTimes.ms, withTripMs: withTimes.tripMs, withoutTripMs: withoutTimes.tripMs,
      withPlan: withPlan.plan, withoutPlan: withoutPlan.plan, withRead: withPlan.read, fallbacks,
    };
  } finally {
    await client.query('rollback');
  }
}

/** The share of its table's rows a query's filter matches (its WHERE alone, without ORDER BY or LIMIT), or null when it has no simple one. */
export async function matchedShare(client: pg.Client, query: CatalogQuery): Promise<number | null> {
  const sql = query.sql.replace(/\s+/g, ' ').trim();
  const parts = /^select .+? from (\w+) where (.+?)(?: group by .+?)?(?: order by .+?)?(?: limit \d+)?$/s.exec(sql);
  if (!parts || sql.match(/\bselect\b/g)!.length > 1) return null;
  const [, table, where] = parts;
  const { rows } = await client.query<{ matched: string; total: string }>(
    `select (select count(*) from ${table} where ${where}) as matched, (select count(*) from ${table}) as total`, [...query.params]);
  return Number(rows[0]!.matched) / Math.max(1, Number(rows[0]!.total));
}
