import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { databaseName } from '../database-url.ts';
import { connectClient } from '../databases.ts';
import { DbError } from '../errors.ts';
import { FORMAT_VERSION, FRAME, MAGIC, chooseCompression, compressTo, countRows, frameHead, jsonFrame } from './format.ts';
import type { BackupHeader, BackupTrailer, TableDigest } from './format.ts';
import { readSchemaDdl } from './schema-ddl.ts';
import type { TableDef } from './tables.ts';
import { SESSION_SETTINGS } from './_session.ts';

/** How a backup runs: replace an existing file or not, which migrations table to record, progress. */
export interface BackupOptions {
  force?: boolean;
  /** A table in the database's current schema whose `name` column lists the applied migrations. */
  migrationsTable?: string;
  onProgress?: (progress: BackupProgress) => void;
}

/** Where a running backup or restore is: the table, the rows so far in the whole run, the time. */
export interface BackupProgress {
  table: string;
  rows: number;
  ms: number;
}

/** A finished backup: the file, what it holds, its size and the time it took. */
export interface BackupSummary {
  file: string;
  header: BackupHeader;
  trailer: BackupTrailer;
  bytes: number;
  ms: number;
}

/**
 * Writes the whole database to one compressed file, streaming: every table's COPY text goes
 * through a checksum, the framing and the compressor to disk, so memory stays flat. Everything is
 * read in one repeatable-read snapshot. The file appears under its name only once complete.
 *
 * @example
 * const { trailer } = await writeBackup('postgres://localhost/navimpact', 'navimpact.navimpact-backup');
 */
export async function writeBackup(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const startedAt = performance.now();
  if (!options.force && (await exists(file))) throw DbError.fileExists(file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  const client = await connectClient(url);
  try {
    await client.query('begin isolation level repeatable read, read only');
    const header = await readHeader(client, url, options.migrationsTable);
    for (const sql of SESSION_SETTINGS) await client.query(sql);
    const { ddl, tables } = await readSchemaDdl(client);
    header.tables = tables.map((t) => ({ schema: t.schema, name: t.name, columns: t.columns }));
    const trailer = await streamToFile(client, temp, header, ddl, tables, (p) => options.onProgress?.({ ...p, ms: elapsed(startedAt) }));
    await client.query('commit');
    await publish(temp, file, options.force === true);
    return { file, header, trailer, bytes: (await stat(file)).size, ms: elapsed(startedAt) };
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function readHeader(client: pg.Client, url: string, migrationsTable: string | undefined): Promise<BackupHeader> {
  const { rows } = await client.query<{ version: string; num: string; encoding: string; migrations: string | null }>(
    `select current_setting('server_version') as version, current_setting('server_version_num') as num,
       pg_encoding_to_char(d.encoding) as encoding, to_regclass(format('%I.%I', current_schema(), $1::text))::text as migrations
     from pg_database d where d.datname = current_database()`,
    [migrationsTable ?? ''],
  );
  const row = rows[0]!;
  let migrations: string[] | null = null;
  if (migrationsTable && row.migrations) {
    const applied = await client.query<{ name: string }>(`select name from ${row.migrations} order by id`);
    migrations = applied.rows.map((r) => r.name);
  }
  return {
    format: 'navimpact-backup',
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    database: databaseName(url),
    server: { version: row.version, versionNum: Number(row.num) },
    encoding: row.encoding,
    compression: chooseCompression(),
    checksum: 'sha256',
    migrations,
    tables: [],
  };
}

async function streamToFile(
  client: pg.Client,
  file: string,
  header: BackupHeader,
  ddl: unknown,
  tables: TableDef[],
  onProgress: (p: { table: string; rows: number }) => void,
): Promise<BackupTrailer> {
  const { input, output } = compressTo(file, header.compression);
  const done = pipeline(input, output);
  done.catch(() => {});
  const write = async (chunk: Buffer) => {
    if (!input.write(chunk)) await once(input, 'drain');
  };
  try {
    const meta = createHash('sha256');
    await write(MAGIC);
    for (const frame of [jsonFrame(FRAME.header, header), jsonFrame(FRAME.schema, ddl)]) {
      meta.update(frame);
      await write(frame);
    }
    const digests: TableDigest[] = [];
    let total = 0;
    for (const table of tables) {
      const digest = await streamTable(client, table, write, (rows) => onProgress({ table: table.name, rows: total + rows }));
      total += digest.rows;
      digests.push(digest);
    }
    const trailer: BackupTrailer = { tables: digests, rows: total, metaSha256: meta.digest('hex'), finishedAt: new Date().toISOString() };
    await write(jsonFrame(FRAME.trailer, trailer));
    input.end();
    await done;
    const handle = await open(file, 'r+');
    await handle.sync().finally(() => handle.close());
    return trailer;
  } catch (error) {
    input.destroy();
    throw error;
  }
}

async function streamTable(client: pg.Client, table: TableDef, write: (chunk: Buffer) => Promise<void>, onRows: (rows: number) => void): Promise<TableDigest> {
  await write(jsonFrame(FRAME.table, { schema: table.schema, name: table.name }));
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  const stream = client.query(copyTo(`copy ${copyTarget(table)} to stdout`));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    rows += countRows(chunk);
    bytes += chunk.length;
    await write(frameHead(FRAME.data, chunk.length));
    await write(chunk);
    onRows(rows);
  }
  const digest = { schema: table.schema, name: table.name, rows, bytes, sha256: hash.digest('hex') };
  await write(jsonFrame(FRAME.end, digest));
  return digest;
}

/** The table and its column list as COPY names them (no list for a table without columns). */
export function copyTarget(table: { schema: string; name: string; columns: string[] }): string {
  const name = `${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier(table.name)}`;
  return table.columns.length === 0 ? name : `${name} (${table.columns.map((c) => pg.escapeIdentifier(c)).join(', ')})`;
}

// Without --force the final name is claimed with link(), which fails if it exists, never clobbers.
async function publish(temp: string, file: string, force: boolean): Promise<void> {
  if (force) return rename(temp, file);
  try {
    await link(temp, file);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw DbError.fileExists(file);
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
