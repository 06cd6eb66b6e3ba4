import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { connectClient } from '../databases.ts';
import { DbError } from '../errors.ts';
import type { BackupHeader, BackupTrailer } from './format.ts';
import { readBackup } from './read-backup.ts';
import type { SchemaDdl } from './schema-ddl.ts';
import { tableKey } from './schema-ddl.ts';
import { copyTarget } from './write-backup.ts';
import type { BackupProgress } from './write-backup.ts';
import { SESSION_SETTINGS } from './_session.ts';

/** How a load runs: progress, and how many connections build indexes and keys at once. */
export interface LoadOptions {
  onProgress?: (progress: BackupProgress) => void;
  parallel?: number;
}

/** A finished load: what the file held and the time it took. */
export interface LoadSummary {
  header: BackupHeader;
  trailer: BackupTrailer;
  ms: number;
}

// A restore session: no function body checks (bodies may name tables not created yet), and
// asynchronous commits, made durable by the swap's own commit, which flushes the log before it.
const LOAD_SETTINGS = [...SESSION_SETTINGS, 'set check_function_bodies = off', 'set synchronous_commit = off'];

/**
 * Loads a backup into an empty database, streaming: types and sequences first, then each table
 * created and filled with COPY (FREEZE) in one transaction, checked against the file's row count
 * and checksum, then keys (tables in parallel), indexes (in parallel), foreign keys, sequence values,
 * views, triggers and comments. Throws DbError.badBackup for a damaged file; the caller owns the
 * database and drops it on failure.
 */
export async function loadBackup(file: string, url: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const startedAt = performance.now();
  const client = await connectClient(url);
  let ddl: SchemaDdl | undefined;
  let copy: ReturnType<typeof copyFrom> | undefined;
  // A COPY the server rejects errors between our writes; kept here and thrown at the next one.
  let copyError: unknown;
  try {
    for (const sql of LOAD_SETTINGS) await client.query(sql);
    const { header, trailer } = await readBackup(file, {
      async schema(schema) {
        ddl = schema;
        for (const sql of schema.pre) await client.query(sql);
      },
      async tableStart(table) {
        await client.query('begin');
        await client.query(ddl!.tables[tableKey(table)] ?? missing(file, tableKey(table)));
        copy = client.query(copyFrom(`copy ${copyTarget(table)} from stdin with (freeze)`));
        copy.on('error', (error) => void (copyError ??= error));
      },
      async data(chunk) {
        if (copyError) throw copyError;
        if (!copy!.write(chunk)) await once(copy!, 'drain');
      },
      async tableEnd(digest) {
        copy!.end();
        await finished(copy!);
        if (copy!.rowCount !== digest.rows) throw DbError.badBackup(file, `${tableKey(digest)} loaded ${copy!.rowCount} rows, not ${digest.rows}`);
        copy = undefined;
        await client.query('commit');
      },
      progress: (table, rows) => options.onProgress?.({ table, rows, ms: Math.round(performance.now() - startedAt) }),
    });
    if (!ddl) throw DbError.badBackup(file, 'it has no schema section');
    await buildAfterData(url, client, ddl, options.parallel ?? Math.min(4, availableParallelism()));
    return { header, trailer, ms: Math.round(performance.now() - startedAt) };
  } catch (error) {
    copy?.destroy();
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

function missing(file: string, table: string): never {
  throw DbError.badBackup(file, `its schema has no definition for ${table}`);
}

// Keys per table on a few connections at once (tables are independent, each key locks its table),
// then every other index as a job of its own (index builds on one table do not block each other);
// foreign keys one by one, since each locks two tables; then everything that needs them all.
async function buildAfterData(url: string, client: pg.Client, ddl: SchemaDdl, parallel: number): Promise<void> {
  const jobs = Math.max(ddl.perTable.length, ddl.indexes.length);
  const workers = [client];
  try {
    while (workers.length < Math.min(parallel, jobs)) {
      const worker = await connectClient(url);
      workers.push(worker);
      for (const sql of LOAD_SETTINGS) await worker.query(sql);
    }
    await inParallel(workers, ddl.perTable);
    await inParallel(workers, ddl.indexes.map((sql) => [sql]));
  } finally {
    for (const worker of workers.slice(1)) await worker.end().catch(() => {});
  }
  for (const sql of [...ddl.foreignKeys, ...ddl.sequenceValues, ...ddl.finish]) await client.query(sql);
}

// Each worker takes the next list of statements and runs it in order, until none are left.
async function inParallel(workers: pg.Client[], lists: string[][]): Promise<void> {
  const queue = [...lists];
  await Promise.all(workers.map(async (worker) => {
    for (let list = queue.shift(); list; list = queue.shift()) for (const sql of list) await worker.query(sql);
  }));
}
