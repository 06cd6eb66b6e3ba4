/**
 * What `navimpact bench:queries` measures, as its JSON file holds it and its HTML report draws it.
 * The legacy and V2 databases hold the same rows; every figure is measured in the same run.
 */

/** One catalog query run repeatedly on one schema. */
export interface QueryTiming {
  /** The SQL as run on this schema (the legacy form differs: free text, json, no FKs). */
  sql: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  /** Rows the query returned with its sample parameters (must be more than 0). */
  rows: number;
  /** The plan's top scan or join node, e.g. "Index Scan" or "Seq Scan". */
  topNode: string;
  /** The index the plan uses, or null when it uses none. */
  index: string | null;
  /** Shared buffers hit + read by one run (EXPLAIN (ANALYZE, BUFFERS)). */
  sharedBuffers: number;
}

/** One catalog query on both schemas. */
export interface QueryComparison {
  name: string;
  purpose: string;
  /** How often the app issues it, relative to the others: its weight in the load test's mix. */
  weight: number;
  legacy: QueryTiming;
  v2: QueryTiming;
  /** legacy p50 ÷ v2 p50. */
  speedup: number;
}

/** The weighted mix at one number of concurrent clients, for a fixed time. */
export interface LoadPoint {
  clients: number;
  queries: number;
  seconds: number;
  /** Queries per second. */
  throughput: number;
  p95Ms: number;
}

/** An index of V2 that no query of the workload used. */
export interface UnusedIndex {
  table: string;
  index: string;
  bytes: number;
  /** It leads with a foreign key's column: it serves the key's checks (deletes of the parent) even when no query reads it. */
  foreignKey: boolean;
  /** Rows in its table (the planner's estimate): an index of an empty table has had nothing to serve. */
  tableRows: number;
}

/** A large table the workload read by sequential scans. */
export interface SequentialScan {
  table: string;
  rows: number;
  seqScans: number;
  indexScans: number;
}

/** What pg_stat_user_indexes and pg_stat_user_tables say after the workload. */
export interface IndexUsage {
  unusedIndexes: UnusedIndex[];
  sequentialScans: SequentialScan[];
}

/** A catalog query the legacy app cannot answer, measured on V2 alone (not in the median). */
export interface V2OnlyQuery {
  name: string;
  purpose: string;
  /** Why the legacy app has no form of it. */
  reason: string;
  v2: QueryTiming;
}

/** A catalog query left out of the run, and why (its tables are not yet mapped by adopt). */
export interface SkippedQuery {
  name: string;
  reason: string;
}

/** A whole run of the benchmark. */
export interface QueryBenchResult {
  /** ISO time the run started. */
  startedAt: string;
  server: string;
  /** Rows in the legacy database, all tables. */
  legacyRows: number;
  /** Rows per table that the catalog reads (the same in both databases). */
  tableRows: Record<string, number>;
  queries: QueryComparison[];
  v2Only: V2OnlyQuery[];
  skipped: SkippedQuery[];
  load: { legacy: LoadPoint[]; v2: LoadPoint[] };
  /** The largest number of clients (of those measured) each schema served at p95 <= 100 ms; 0 if none. */
  clientsAtTarget: { legacy: number; v2: number };
  medianSpeedup: number;
  indexUsage: IndexUsage;
  /** Each step's time: build, adopt, queries, load. */
  stepsMs: Record<string, number>;
}
