import pg from 'pg';
import { probeDatabase, withClient, withDatabase } from '@navimpact/server';
import { MAINTENANCE_DATABASE } from '../_protected.ts';
import { formatServerVersion } from '../../format.ts';
import { findIndexUsage, readScanCounts } from '../index-usage.ts';
import { buildBenchDatabases, dropBenchDatabases } from './_databases.ts';
import { runLoad } from './_load.ts';
import type { MixQuery } from './_load.ts';
import { measureQueries } from './_measure-queries.ts';
import { median } from './_time-query.ts';
import type { LoadPoint, QueryBenchResult } from './results.ts';

/** What to run: the legacy database's size, the load levels and their length, repeats per query. */
export interface BenchQueriesOptions {
  rows: number;
  seconds: number;
  clients: readonly number[];
  runs: number;
  /** Keep the two databases afterwards (default: dropped). */
  keep?: boolean;
  onStep?: (line: string) => void;
}

/** The load test's levels of concurrent clients, and the p95 a level must hold to count. */
export const DEFAULT_CLIENTS = [1, 8, 32, 64] as const;
export const TARGET_P95_MS = 100;

/**
 * The plan's success metrics measured on the same data: builds a generated legacy database, adopts
 * a copy to V2, times every catalog query on both (each in its own form), runs the weighted mix at
 * each level of concurrent clients on both, and reads V2's index usage after the workload.
 * @example const result = await benchQueries(url, { rows: 1_000_000, seconds: 5, clients: [1, 8, 32, 64], runs: 25 });
 */
export async function benchQueries(url: string, options: BenchQueriesOptions): Promise<QueryBenchResult> {
  const step = options.onStep ?? (() => {});
  const startedAt = new Date().toISOString();
  const { serverVersionNum } = await probeDatabase(withDatabase(url, MAINTENANCE_DATABASE));
  const dbs = await buildBenchDatabases(url, options.rows, step);
  try {
    const stepsMs = { ...dbs.stepsMs };
    let t0 = performance.now();
    const measured = await withClient(dbs.legacyUrl, (legacy) => withClient(dbs.v2Url, async (v2) => {
      // Resetting needs a superuser or a grant (42501 without); the counts before the workload make the difference exact either way.
      await v2.query('select pg_stat_reset()').catch((error: { code?: string }) => {
        if (error.code !== '42501') throw error;
      });
      const before = await readScanCounts(v2);
      const queries = await measureQueries(legacy, v2, { runs: options.runs, minRuns: 5, budgetMs: 4000 }, step);
      stepsMs.queries = Math.round(performance.now() - t0);
      t0 = performance.now();
      const load = { legacy: await loadLevels(dbs.legacyUrl, queries.mix.legacy, options, 'legacy', step), v2: await loadLevels(dbs.v2Url, queries.mix.v2, options, 'V2', step) };
      stepsMs.load = Math.round(performance.now() - t0);
      return { ...queries, load, indexUsage: await findIndexUsage(v2, before), tableRows: await tableRows(legacy, queries.tables) };
    }));
    return {
      startedAt, server: `PostgreSQL ${formatServerVersion(serverVersionNum)}`, legacyRows: dbs.legacyRows, tableRows: measured.tableRows,
      queries: measured.queries, v2Only: measured.v2Only, skipped: measured.skipped, load: measured.load,
      clientsAtTarget: { legacy: clientsAtTarget(measured.load.legacy), v2: clientsAtTarget(measured.load.v2) },
      medianSpeedup: Math.round(median(measured.queries.map((q) => q.speedup)) * 10) / 10,
      indexUsage: measured.indexUsage, stepsMs,
    };
  } finally {
    if (!options.keep) await dropBenchDatabases(url);
  }
}

async function loadLevels(url: string, mix: MixQuery[], options: BenchQueriesOptions, label: string, step: (line: string) => void): Promise<LoadPoint[]> {
  const points: LoadPoint[] = [];
  for (const clients of options.clients) {
    const point = await runLoad(url, mix, clients, options.seconds);
    step(`${label} at ${clients} clients: ${point.throughput} queries/s, p95 ${point.p95Ms} ms`);
    points.push(point);
  }
  return points;
}

/** The largest number of clients measured whose p95 stayed within the target; 0 when none did. */
export function clientsAtTarget(points: readonly LoadPoint[]): number {
  return Math.max(0, ...points.filter((p) => p.p95Ms <= TARGET_P95_MS).map((p) => p.clients));
}

async function tableRows(legacy: pg.ClientBase, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...tables].sort()) {
    counts[table] = (await legacy.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(table)}`)).rows[0]!.n;
  }
  return counts;
}
