import { LEGACY_CATALOG, sampleParams } from '@navimpact/legacy';
import type { Sample } from '@navimpact/legacy';
import { QUERY_CATALOG } from '@navimpact/schema';
import type { CatalogQuery } from '@navimpact/schema';
import type pg from 'pg';
import { CliError } from '../../errors.ts';
import { MAPPED_TABLES } from '../adopt/_transform.ts';
import type { MixQuery } from './_load.ts';
import { timeSides } from './_time-query.ts';
import type { RunPlan, TimedSide } from './_time-query.ts';
import { QUERY_WEIGHTS } from './_weights.ts';
import type { QueryComparison, QueryTiming, SkippedQuery, V2OnlyQuery } from './results.ts';

/** Every catalog query measured on both schemas (or V2 alone), those left out, and the load test's mix for each schema. */
export interface MeasuredQueries {
  queries: QueryComparison[];
  v2Only: V2OnlyQuery[];
  skipped: SkippedQuery[];
  mix: { legacy: MixQuery[]; v2: MixQuery[] };
  /** The legacy tables the measured queries read. */
  tables: string[];
}

async function sample(client: pg.ClientBase, name: string, schema: 'legacy' | 'v2', sql: string, wanted: Sample): Promise<TimedSide> {
  const params = await sampleParams(client, wanted);
  if (params === null) throw CliError.benchNoRows(name, schema, 'sample');
  return { client, sql, params };
}

async function time(name: string, sides: { legacy?: TimedSide; v2: TimedSide }, plan: RunPlan): Promise<{ legacy?: QueryTiming; v2: QueryTiming }> {
  const order = sides.legacy ? [sides.legacy, sides.v2] : [sides.v2];
  const timings = await timeSides(order, plan);
  const v2 = timings.at(-1)!;
  const legacy = sides.legacy ? timings[0]! : undefined;
  if (v2.rows === 0) throw CliError.benchNoRows(name, 'v2', 'rows');
  if (legacy?.rows === 0) throw CliError.benchNoRows(name, 'legacy', 'rows');
  return { legacy, v2 };
}

/** Why a query cannot be measured: V2 has its rows only once adopt maps every legacy table it reads, and none when the legacy app keeps none. */
function unmeasurable(query: CatalogQuery): string | null {
  const entry = LEGACY_CATALOG[query.name]!;
  if (entry.tables.length === 0) return `V2 only, and an adopted database holds none of its rows: ${entry.v2Only}`;
  const missing = entry.tables.filter((t) => !MAPPED_TABLES.includes(t));
  return missing.length === 0 ? null : `adopt does not map ${missing.join(', ')} yet, so V2 has no rows to read`;
}

/**
 * Runs each catalog query on the legacy database in its legacy form and on V2 in the catalog's,
 * in turn run after run, with sample parameters read from each; fails loudly when a sample finds
 * nothing or a query returns no rows, since its timing would measure an empty answer.
 */
export async function measureQueries(legacy: pg.ClientBase, v2: pg.ClientBase, plan: RunPlan, step: (line: string) => void): Promise<MeasuredQueries> {
  const out: MeasuredQueries = { queries: [], v2Only: [], skipped: [], mix: { legacy: [], v2: [] }, tables: [] };
  for (const query of QUERY_CATALOG) {
    const entry = LEGACY_CATALOG[query.name]!;
    const reason = unmeasurable(query);
    if (reason !== null) {
      out.skipped.push({ name: query.name, reason });
      continue;
    }
    for (const table of entry.tables) if (!out.tables.includes(table)) out.tables.push(table);
    const weight = QUERY_WEIGHTS[query.name] ?? 1;
    const v2Side = await sample(v2, query.name, 'v2', query.sql, entry.v2Sample);
    if (entry.legacy === null) {
      const { v2: timing } = await time(query.name, { v2: v2Side }, plan);
      out.v2Only.push({ name: query.name, purpose: query.purpose, reason: entry.v2Only ?? '', v2: timing });
      step(`${query.name}: V2 only, p50 ${timing.p50Ms} ms`);
      continue;
    }
    const legacySide = await sample(legacy, query.name, 'legacy', entry.legacy.sql, entry.legacy.sample);
    const timed = await time(query.name, { legacy: legacySide, v2: v2Side }, plan);
    const before = timed.legacy!;
    const after = timed.v2;
    const speedup = speedupOf(before, after);
    out.queries.push({ name: query.name, purpose: query.purpose, weight, legacy: before, v2: after, speedup });
    out.mix.legacy.push({ sql: entry.legacy.sql, params: legacySide.params, weight });
    out.mix.v2.push({ sql: query.sql, params: v2Side.params, weight });
    step(`${query.name}: legacy p50 ${before.p50Ms} ms, V2 p50 ${after.p50Ms} ms (${speedup}x)`);
  }
  return out;
}

function speedupOf(legacy: QueryTiming, v2: QueryTiming): number {
  return Math.round((legacy.p50Ms / Math.max(v2.p50Ms, 0.001)) * 10) / 10;
}
