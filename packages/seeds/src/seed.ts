import pg from 'pg';
import { connectClient, databaseName } from '@navimpact/server';
import { copyDataset, syncIdentitySequences } from './copy-loader.ts';
import { countRows } from './dataset.ts';
import { SeedError } from './errors.ts';
import type { SeedOptions } from './options.ts';
import { buildDataset } from './presets.ts';

/** Rows written per table, and how long seeding took. */
export interface SeedReport {
  rows: Record<string, number>;
  totalRows: number;
  ms: number;
}

/** Progress callbacks for long steps. */
export interface SeedHooks {
  onProgress?: (message: string) => void;
}

/**
 * Fills an empty, migrated database with the preset's deterministic rows, written by COPY in one
 * transaction: either every row lands or none does.
 *
 * @example
 * await seedDatabase('postgres://127.0.0.1/navimpact', resolveSeedOptions({ preset: 'demo' }));
 */
export async function seedDatabase(url: string, options: SeedOptions, hooks: SeedHooks = {}): Promise<SeedReport> {
  const startedAt = performance.now();
  const dataset = buildDataset(options);
  // Before connecting: a hook that throws here (a cancelled run) leaves no connection open.
  hooks.onProgress?.(`generated ${countTotal(dataset)} rows (${options.preset}, seed ${options.seed}, ${options.date})`);
  const client = await connectClient(url);
  try {
    await assertEmptySchema(client, databaseName(url), [...dataset.keys()]);
    await client.query('begin');
    await copyDataset(client, dataset, (table, rows) => hooks.onProgress?.(`${table}: ${rows} rows`));
    await syncIdentitySequences(client, dataset);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const rows = countRows(dataset);
  return { rows, totalRows: countTotal(dataset), ms: Math.round(performance.now() - startedAt) };
}

function countTotal(dataset: ReturnType<typeof buildDataset>): number {
  return [...dataset.values()].reduce((sum, rows) => sum + rows.length, 0);
}

async function assertEmptySchema(client: pg.Client, database: string, tables: string[]): Promise<void> {
  const { rows: missing } = await client.query<{ name: string }>(
    'select name from unnest($1::text[]) as name where to_regclass(name) is null',
    [tables],
  );
  if (missing.length > 0) throw SeedError.notMigrated(database);
  const probes = tables.map((t) => `select ${pg.escapeLiteral(t)} as name where exists (select from ${pg.escapeIdentifier(t)})`);
  const { rows: filled } = await client.query<{ name: string }>(probes.join(' union all '));
  if (filled[0]) throw SeedError.notEmpty(database, filled[0].name);
}
