import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildLegacyDatabase } from '@navimpact/legacy';
import { databaseName, withAdminClient, withClient, withDatabase } from '@navimpact/server';
import { adoptDatabase } from '../adopt.ts';
import { legacyName } from '../_swap.ts';

/** The benchmark's two databases, holding the same rows: the legacy one and its adopted V2 copy. */
export interface BenchDatabases {
  legacyUrl: string;
  v2Url: string;
  legacyRows: number;
  stepsMs: Record<string, number>;
}

/** The names the benchmark owns beside the target: `<db>_bench` (V2) and `<db>_bench__legacy`. */
export function benchUrls(url: string): { v2Url: string; legacyUrl: string } {
  const v2 = `${databaseName(url)}_bench`;
  return { v2Url: withDatabase(url, v2), legacyUrl: withDatabase(url, legacyName(v2)) };
}

/** Drops the benchmark's databases, left over from an interrupted run or done with. */
export async function dropBenchDatabases(url: string): Promise<void> {
  const { v2Url, legacyUrl } = benchUrls(url);
  await withAdminClient(url, async (admin) => {
    for (const name of [databaseName(v2Url), databaseName(legacyUrl), `${databaseName(v2Url)}__building`]) {
      await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    }
  });
}

/**
 * Builds a generated legacy database of about `rows` rows as `<db>_bench`, adopts it (no backup),
 * which keeps the legacy database as `<db>_bench__legacy` untouched, and vacuums and analyzes both.
 */
export async function buildBenchDatabases(url: string, rows: number, step: (line: string) => void): Promise<BenchDatabases> {
  const { v2Url, legacyUrl } = benchUrls(url);
  await dropBenchDatabases(url);
  await withAdminClient(url, (admin) => admin.query(`create database ${pg.escapeIdentifier(databaseName(v2Url))} template template0 encoding 'UTF8'`));
  let t0 = performance.now();
  const build = await buildLegacyDatabase(v2Url, { rows });
  const stepsMs: Record<string, number> = { build: Math.round(performance.now() - t0) };
  step(`legacy database built: ${build.totalRows} rows in ${stepsMs.build} ms`);
  t0 = performance.now();
  const reports = await mkdtemp(join(tmpdir(), 'navimpact-bench-'));
  try {
    await adoptDatabase(v2Url, { backup: false, directory: reports });
  } finally {
    await rm(reports, { recursive: true, force: true });
  }
  stepsMs.adopt = Math.round(performance.now() - t0);
  step(`adopted into V2 in ${stepsMs.adopt} ms`);
  t0 = performance.now();
  // Autovacuum would have done this on a live server (the embedded one runs without it): statistics,
  // and visibility maps so neither side pays for setting hint bits during its timed runs.
  for (const target of [legacyUrl, v2Url]) await withClient(target, (client) => client.query('vacuum analyze'));
  stepsMs.analyze = Math.round(performance.now() - t0);
  return { legacyUrl, v2Url, legacyRows: build.totalRows, stepsMs };
}
