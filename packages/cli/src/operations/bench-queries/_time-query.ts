import type pg from 'pg';
import type { QueryTiming } from './results.ts';

/** How often one query runs on one schema: at least `minRuns`, at most `runs`, stopping once `budgetMs` is spent. */
export interface RunPlan {
  runs: number;
  minRuns: number;
  budgetMs: number;
}

/** The value at quantile `q` (0–1) of a list of numbers, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** The middle value, or the mean of the two middle ones of an even count; 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// The nodes that only shape a plan's output; the top node of interest is the first one below them.
const WRAPPERS = new Set(['Limit', 'Sort', 'Incremental Sort', 'Aggregate', 'Gather', 'Gather Merge', 'Result', 'Unique', 'Materialize']);

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function topNode(plan: PlanNode): string {
  let node = plan;
  while (WRAPPERS.has(node['Node Type']) && node.Plans?.[0]) node = node.Plans[0];
  return node['Node Type'];
}

function firstIndex(plan: PlanNode): string | null {
  if (plan['Index Name']) return plan['Index Name'];
  for (const child of plan.Plans ?? []) {
    const found = firstIndex(child);
    if (found) return found;
  }
  return null;
}

/** One schema's side of a timed query: the connection, the SQL in that schema's form, its parameters. */
export interface TimedSide {
  client: pg.ClientBase;
  sql: string;
  params: unknown[];
}

/**
 * Runs a query on each side in turn, run after run (after two warm-up runs each), so both sides meet
 * the same moments of a busy machine; then reads each side's plan once with EXPLAIN (ANALYZE,
 * BUFFERS, FORMAT JSON): the top node, the index it uses, the shared buffers it touched.
 */
export async function timeSides(sides: readonly TimedSide[], plan: RunPlan): Promise<QueryTiming[]> {
  for (const side of sides) for (let i = 0; i < 2; i++) await side.client.query(side.sql, side.params);
  const times: number[][] = sides.map(() => []);
  const rows: number[] = sides.map(() => 0);
  const started = performance.now();
  while (times[0]!.length < plan.runs && (times[0]!.length < plan.minRuns || performance.now() - started < plan.budgetMs)) {
    for (const [i, side] of sides.entries()) {
      const t0 = performance.now();
      rows[i] = (await side.client.query(side.sql, side.params)).rowCount ?? 0;
      times[i]!.push(performance.now() - t0);
    }
  }
  const timings: QueryTiming[] = [];
  for (const [i, side] of sides.entries()) timings.push({ ...(await explain(side)), ...summary(side.sql, times[i]!, rows[i]!) });
  return timings;
}

function summary(sql: string, times: readonly number[], rows: number) {
  return { sql, runs: times.length, p50Ms: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), rows };
}

async function explain(side: TimedSide): Promise<Pick<QueryTiming, 'topNode' | 'index' | 'sharedBuffers'>> {
  const { rows } = await side.client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (analyze, buffers, format json) ${side.sql}`, side.params);
  const root = rows[0]!['QUERY PLAN'][0].Plan;
  return { topNode: topNode(root), index: firstIndex(root), sharedBuffers: (root['Shared Hit Blocks'] ?? 0) + (root['Shared Read Blocks'] ?? 0) };
}

/** Milliseconds to three decimals (microseconds): enough to show an index probe. */
export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
