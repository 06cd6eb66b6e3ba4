import { withClient } from '@navimpact/server';
import { LegacyError } from '../errors.ts';
import { createLegacySchema, syncSerialSequences } from '../legacy-schema.ts';
import { copyRows } from './_copy.ts';
import { planCounts } from './_plan.ts';
import { generateGrants, generateGrantTags, generateScraperLogs } from './grants.generator.ts';
import { generateClients, generateDistribution, generateMediaProjects, generatePerformance, generateStories } from './media.generator.ts';
import { generateProjects, generateProjectTags, generateTags, generateTeamMembers, generateUsers } from './people.generator.ts';
import {
  generateComments, generateMetrics, generateProgramLogics, generateReactions, generateTasks, generateTaskTags, generateTimeEntries,
} from './work.generator.ts';
import type { TableGenerator } from './_table.ts';

/** The tables in an order that satisfies the foreign keys production has. */
const GENERATORS: readonly TableGenerator[] = [
  generateUsers, generateTags, generateProjects, generateTeamMembers, generateProjectTags, generateGrants, generateGrantTags,
  generateScraperLogs, generateTasks, generateTaskTags, generateComments, generateReactions, generateTimeEntries, generateMetrics,
  generateProgramLogics, generateMediaProjects, generateDistribution, generatePerformance, generateStories, generateClients,
];

/** Defaults: the same seed as the V2 seeds, and the real app's last commit date as the reference date. */
export const DEFAULT_LEGACY_BUILD = { seed: 42, rows: 1_000_000, date: '2025-08-03' } as const;

/** Options of a generated legacy database. */
export interface BuildLegacyOptions {
  /** Decides every value; the same seed, rows and date give the same database. */
  seed?: number;
  /** About how many rows in total (the shares per table are fixed; small tables have a minimum). */
  rows?: number;
  /** The reference date (YYYY-MM-DD): every timestamp lies before it, deadlines of open grants after. */
  date?: string;
  /** Called after each table is written. */
  onTable?: (table: LegacyTableReport) => void;
}

/** One table of a build: rows written, milliseconds, and the process's resident memory afterwards. */
export interface LegacyTableReport {
  table: string;
  rows: number;
  ms: number;
  rssMb: number;
}

/** What a build wrote and how long it took. */
export interface LegacyBuildReport {
  seed: number;
  date: string;
  tables: LegacyTableReport[];
  totalRows: number;
  ms: number;
  peakRssMb: number;
}

/** The options with their defaults, checked; throws LegacyError.badOption for a value that cannot work. */
export function resolveBuildOptions(options: BuildLegacyOptions): { seed: number; rows: number; date: string; refMs: number } {
  const seed = options.seed ?? DEFAULT_LEGACY_BUILD.seed;
  const rows = options.rows ?? DEFAULT_LEGACY_BUILD.rows;
  const date = options.date ?? DEFAULT_LEGACY_BUILD.date;
  if (!Number.isSafeInteger(seed)) throw LegacyError.badOption('seed', seed, 'an integer');
  if (!Number.isSafeInteger(rows) || rows < 1000) throw LegacyError.badOption('rows', rows, 'an integer of at least 1000');
  const refMs = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(refMs)) throw LegacyError.badOption('date', date, 'a date YYYY-MM-DD');
  return { seed, rows, date, refMs };
}

/**
 * Builds a large production-shaped legacy database into an empty database: the real app's schema,
 * then every table streamed with COPY in chunks (memory stays flat), with the legacy damage at
 * realistic rates (DAMAGE_RATES), all in one transaction. Deterministic: no clock, no Math.random.
 * @example await buildLegacyDatabase('postgres://postgres@127.0.0.1:5432/legacy_big', { seed: 42, rows: 1_000_000 });
 */
export async function buildLegacyDatabase(url: string, options: BuildLegacyOptions = {}): Promise<LegacyBuildReport> {
  const { seed, rows, date, refMs } = resolveBuildOptions(options);
  const ctx = { seed, refMs, counts: planCounts(rows) };
  const started = performance.now();
  const tables: LegacyTableReport[] = [];
  await withClient(url, async (client) => {
    const existing = (await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = current_schema()`)).rows[0]!.n;
    if (existing > 0) throw LegacyError.notEmpty(url, existing);
    await client.query('begin');
    try {
      await createLegacySchema(client);
      for (const generate of GENERATORS) {
        const t0 = performance.now();
        const spec = generate(ctx);
        const written = await copyRows(client, spec.table, spec.columns, spec.rows);
        const report = { table: spec.table, rows: written, ms: Math.round(performance.now() - t0), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
        tables.push(report);
        options.onTable?.(report);
      }
      await syncSerialSequences(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
    await client.query('analyze');
  });
  return {
    seed, date, tables, totalRows: tables.reduce((s, t) => s + t.rows, 0) + 5, // + the alembic_version heads
    ms: Math.round(performance.now() - started), peakRssMb: Math.max(...tables.map((t) => t.rssMb)),
  };
}
