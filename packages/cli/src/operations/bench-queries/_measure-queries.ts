import { LEGACY_CATALOG, sampleParams } from '@navimpact/legacy';
import type { Sample } from '@navimpact/legacy';
import { QUERY_CATALOG } from '@navimpact/schema';
import type { CatalogQuery } from '@navimpact/schema';
import type pg from 'pg';
import { CliError } from '../../errors.ts';
import { MAPPED_TABLES } from '../adopt/_transform.ts';
import type { MixQuery } from './_load.ts';
import { timeQuery } from './_time-query.ts';
import type { RunPlan } from './_time-query.ts';
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

async function measure(client: pg.ClientBase, name: string, schema: 'legacy' | 'v2', sql: string, sample: Sample, plan: RunPlan) {
  const params = await sampleParams(client, sample);
  if (params === null) throw CliError.benchNoRows(name, schema, 'sample');
  const timing = await timeQuery(client, sql, params, plan);
  if (timing.rows === 0) throw CliError.benchNoRows(name, schema, 'rows');
  return { params, timing };
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
 * with sample parameters read from each; fails loudly when a sample finds nothing or a query returns
 * no rows, since its timing would measure an empty answer.
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
    const after = await measure(v2, query.name, 'v2', query.sql, entry.v2Sample, plan);
    if (entry.legacy === null) {
      out.v2Only.push({ name: query.name, purpose: query.purpose, reason: entry.v2Only ?? '', v2: after.timing });
      step(`${query.name}: V2 only, p50 ${after.timing.p50Ms} ms`);
      continue;
    }
    const before = await measure(legacy, query.name, 'legacy', entry.legacy.sql, entry.legacy.sample, plan);
    const speedup = speedupOf(before.timing, after.timing);
    out.queries.push({ name: query.name, purpose: query.purpose, weight, legacy: before.timing, v2: after.timing, speedup });
    out.mix.legacy.push({ sql: entry.legacy.sql, params: before.params, weight });
    out.mix.v2.push({ sql: query.sql, params: after.params, weight });
    step(`${query.name}: legacy p50 ${before.timing.p50Ms} ms, V2 p50 ${after.timing.p50Ms} ms (${speedup}x)`);
  }
  return out;
}

function speedupOf(legacy: QueryTiming, v2: QueryTiming): number {
  return Math.round((legacy.p50Ms / Math.max(v2.p50Ms, 0.001)) * 10) / 10;
}
