import type pg from 'pg';
import type { IndexUsage, SequentialScan, UnusedIndex } from './bench-queries/results.ts';

/** Index and table scan counts of the current schema, as the statistics have them now. */
export interface ScanCounts {
  indexes: Map<string, number>;
  tables: Map<string, { seq: number; idx: number }>;
}

/** A table counts as large from this many rows: below it a sequential scan is often the best plan. */
export const LARGE_TABLE_ROWS = 10_000;

/** Reads the scan counters of the current schema's indexes and tables (pg_stat_user_indexes, pg_stat_user_tables). */
export async function readScanCounts(client: pg.ClientBase): Promise<ScanCounts> {
  // A new snapshot, so counters flushed since this session's last read are seen.
  await client.query('select pg_stat_clear_snapshot()');
  const indexes = await client.query<{ name: string; scans: string }>(
    'select indexrelname as name, idx_scan as scans from pg_stat_user_indexes where schemaname = current_schema()');
  const tables = await client.query<{ name: string; seq: string; idx: string | null }>(
    'select relname as name, seq_scan as seq, idx_scan as idx from pg_stat_user_tables where schemaname = current_schema()');
  return {
    indexes: new Map(indexes.rows.map((r) => [r.name, Number(r.scans)])),
    tables: new Map(tables.rows.map((r) => [r.name, { seq: Number(r.seq), idx: Number(r.idx ?? 0) }])),
  };
}

/**
 * The indexes no scan used and the large tables read by sequential scans, counted since `since`
 * (a reading taken before a workload) or since the statistics were last reset. Unique indexes are
 * left out: they enforce a constraint whether or not a query reads them.
 */
export async function findIndexUsage(client: pg.ClientBase, since?: ScanCounts, largeRows = LARGE_TABLE_ROWS): Promise<IndexUsage> {
  const now = await readScanCounts(client);
  const { rows: indexes } = await client.query<{ table: string; index: string; bytes: string; foreign_key: boolean; rows: string }>(
    `select t.relname as table, i.relname as index, pg_relation_size(i.oid) as bytes, greatest(t.reltuples, 0)::bigint as rows,
       exists (select from pg_constraint c where c.conrelid = x.indrelid and c.contype = 'f'
               and c.conkey[1] = x.indkey[0]) as foreign_key
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     where t.relnamespace = current_schema()::regnamespace and not x.indisunique order by 1, 2`);
  const used = (index: string) => (now.indexes.get(index) ?? 0) - (since?.indexes.get(index) ?? 0);
  const unusedIndexes: UnusedIndex[] = indexes.filter((i) => used(i.index) === 0)
    .map((i) => ({ table: i.table, index: i.index, bytes: Number(i.bytes), foreignKey: i.foreign_key, tableRows: Number(i.rows) }));
  const { rows: sizes } = await client.query<{ table: string; rows: string }>(
    `select relname as table, greatest(reltuples, 0)::bigint as rows from pg_class
     where relnamespace = current_schema()::regnamespace and relkind = 'r' and reltuples >= $1 order by 1`, [largeRows]);
  const sequentialScans: SequentialScan[] = [];
  for (const { table, rows } of sizes) {
    const counts = now.tables.get(table) ?? { seq: 0, idx: 0 };
    const before = since?.tables.get(table) ?? { seq: 0, idx: 0 };
    const seqScans = counts.seq - before.seq;
    if (seqScans > 0) sequentialScans.push({ table, rows: Number(rows), seqScans, indexScans: counts.idx - before.idx });
  }
  return { unusedIndexes, sequentialScans };
}
