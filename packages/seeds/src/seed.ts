import pg from 'pg';
import { MIGRATIONS_TABLE, RECORD_TABLE } from '@navimpact/schema';
import { connectClient, databaseName } from '@navimpact/server';
import { SeedError } from './errors.ts';
import { dropForLoad } from './load-constraints.ts';
import { RowWorker, type LoadProgress } from './load-rows.ts';
import type { SeedOptions } from './options.ts';

/** Rows written per table, and how long seeding took. */
export interface SeedReport {
  rows: Record<string, number>;
  totalRows: number;
  ms: number;
}

/** Progress callbacks for long steps; each is a safe point where throwing rolls the seed back. */
export interface SeedHooks {
  onProgress?: (message: string) => void;
  /** After each chunk written: rows so far and the time taken. */
  onRows?: (progress: LoadProgress) => void;
}

/**
 * Fills an empty, migrated database with the preset's deterministic rows, generated and written
 * by COPY a chunk at a time in one transaction: either every row lands or none does. The foreign
 * keys and secondary indexes are dropped for the load and rebuilt after it, in that transaction,
 * and the tables are analysed before it commits, so the planner knows them from the first query.
 *
 * @example
 * await seedDatabase('postgres://127.0.0.1/navimpact', resolveSeedOptions({ preset: 'demo' }));
 */
export async function seedDatabase(url: string, options: SeedOptions, hooks: SeedHooks = {}): Promise<SeedReport> {
  const startedAt = performance.now();
  // Before connecting: a hook that throws here (a cancelled run) leaves no connection open.
  hooks.onProgress?.(`seeding ${options.preset} (seed ${options.seed}, ${options.date}, scale ${options.scale})`);
  const generated = new RowWorker(options);
  const client = await connectClient(url).catch(async (error: unknown) => {
    await generated.stop();
    throw error;
  });
  try {
    const tables = await emptyTables(client, databaseName(url));
    await client.query('begin');
    const rebuild = await dropForLoad(client, tables);
    const rows = await generated.writeTo(client, (progress) => {
      hooks.onProgress?.(`${progress.table}: ${progress.rows} rows so far`);
      hooks.onRows?.(progress);
    });
    hooks.onProgress?.(`rebuilding ${rebuild.length} indexes and foreign keys`);
    for (const statement of rebuild) await client.query(statement);
    await client.query(`analyze ${tables.map((t) => pg.escapeIdentifier(t)).join(', ')}`);
    await client.query('commit');
    const totalRows = Object.values(rows).reduce((sum, n) => sum + n, 0);
    return { rows, totalRows, ms: Math.round(performance.now() - startedAt) };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    // A table the generators write is missing: the migrations have not all run.
    if ((error as { code?: string }).code === '42P01') throw SeedError.notMigrated(databaseName(url));
    throw error;
  } finally {
    await generated.stop();
    await client.end();
  }
}

// The schema's tables, which must all be empty (the tools' bookkeeping tables aside).
async function emptyTables(client: pg.Client, database: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = current_schema() and not (tablename = any($1)) order by 1`,
    [[MIGRATIONS_TABLE, RECORD_TABLE]],
  );
  const tables = rows.map((r) => r.name);
  if (tables.length === 0) throw SeedError.notMigrated(database);
  const probes = tables.map((t) => `select ${pg.escapeLiteral(t)} as name where exists (select from ${pg.escapeIdentifier(t)})`);
  const { rows: filled } = await client.query<{ name: string }>(probes.join(' union all '));
  if (filled[0]) throw SeedError.notEmpty(database, filled[0].name);
  return tables;
}
