import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CellValue, Row, RowSink } from './dataset.ts';

// COPY's text format: these four characters would end a field or a row, so they are escaped.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Rows held before they are written: a few MB of COPY text, whatever the scale. */
export const CHUNK_ROWS = 10_000;

function encodeCell(value: CellValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

// A new chunk buffer's size: most chunks of CHUNK_ROWS rows take one to two MB; a buffer grows for a larger one.
const CHUNK_BYTES = 2 * 1024 * 1024;

/** One row as a line of COPY text; every row of a table has the same columns in the same order. */
function encodeRow(columns: readonly string[], row: Row): string {
  return columns.map((c) => encodeCell(row[c] ?? null)).join('\t') + '\n';
}

/**
 * A RowSink that turns rows into COPY text a chunk at a time: `take` hands over the rows held so
 * far, one COPY statement per table in the order the tables were first seen (so a table comes
 * after those it references), and forgets them. It remembers only counts and each table's
 * largest id, for the identity sequences. A chunk's text goes into one buffer, which the caller
 * hands back through `recycle` once it is written, so the same few buffers carry every chunk.
 */
export class CopyWriter implements RowSink {
  private readonly held = new Map<string, Row[]>();
  private readonly columns = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();
  private readonly maxIds = new Map<string, number>();
  // Buffers of written chunks. Allocating megabytes a chunk, freed whenever the garbage collector
  // of the thread that wrote them gets to them, left tens of MB of the process's memory fragmented.
  private readonly spare: ArrayBuffer[] = [];
  private heldRows = 0;

  add(table: string, row: Row): void {
    const rows = this.held.get(table);
    if (rows) rows.push(row);
    else this.held.set(table, [row]);
    this.counts.set(table, this.count(table) + 1);
    if (typeof row.id === 'number' && row.id > (this.maxIds.get(table) ?? 0)) this.maxIds.set(table, row.id);
    this.heldRows++;
  }

  count(table: string): number {
    return this.counts.get(table) ?? 0;
  }

  /** True once a chunk's worth of rows is held. */
  get full(): boolean {
    return this.heldRows >= CHUNK_ROWS;
  }

  /** Rows written per table, in load order. */
  rows(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** The rows held so far as one COPY statement per table, all in one buffer, and forgets them. */
  take(): CopyPart[] {
    const text = new ChunkText(this.spare.pop());
    const parts: Omit<CopyPart, 'data'>[] = [];
    const ends: number[] = [];
    for (const [table, rows] of this.held) {
      if (rows.length === 0) continue;
      const columns = this.columns.get(table) ?? Object.keys(rows[0]!);
      this.columns.set(table, columns);
      for (const row of rows) text.append(encodeRow(columns, row));
      const sql = `copy ${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')}) from stdin`;
      parts.push({ table, sql, rows: rows.length });
      ends.push(text.length);
      this.held.set(table, []);
    }
    this.heldRows = 0;
    if (parts.length === 0) this.spare.push(text.buffer);
    return parts.map((part, i) => ({ ...part, data: new Uint8Array(text.buffer, ends[i - 1] ?? 0, ends[i]! - (ends[i - 1] ?? 0)) }));
  }

  /** Takes back a chunk's buffer (chunkBuffer) once the chunk is written, for a later chunk. */
  recycle(buffer: ArrayBuffer): void {
    this.spare.push(buffer);
  }

  /** The largest id written per table, for the identity sequences. */
  largestIds(): Record<string, number> {
    return Object.fromEntries(this.maxIds);
  }
}

// UTF-8 text appended into an ArrayBuffer that doubles when a line does not fit.
class ChunkText {
  buffer: ArrayBuffer;
  length = 0;

  constructor(buffer: ArrayBuffer = new ArrayBuffer(CHUNK_BYTES)) {
    this.buffer = buffer;
  }

  append(line: string): void {
    for (;;) {
      const { read, written } = utf8.encodeInto(line, new Uint8Array(this.buffer, this.length));
      if (read === line.length) {
        this.length += written;
        return;
      }
      const grown = new ArrayBuffer(Math.max(this.buffer.byteLength * 2, this.length + line.length * 3));
      new Uint8Array(grown).set(new Uint8Array(this.buffer, 0, this.length));
      this.buffer = grown;
    }
  }
}

/** One COPY statement of a chunk: plain data, so a worker can post it, and its bytes can be transferred rather than copied. */
export interface CopyPart {
  table: string;
  sql: string;
  /** The rows as COPY text in UTF-8: a view on the chunk's one ArrayBuffer, which its parts share. */
  data: Uint8Array;
  rows: number;
}

const utf8 = new TextEncoder();

/** The one buffer a chunk's parts share, none for an empty chunk: what to transfer, and to recycle once written. */
export function chunkBuffer(chunk: readonly CopyPart[]): ArrayBuffer | undefined {
  return chunk[0]?.data.buffer as ArrayBuffer | undefined;
}

/** Sends one chunk taken from a CopyWriter. */
export async function writeChunk(client: pg.Client, chunk: readonly CopyPart[]): Promise<void> {
  for (const { sql, data } of chunk) await pipeline(Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), client.query(copyFrom(sql)));
}

/** Moves each identity sequence past the ids written, so the app's next insert gets a fresh id. */
export async function syncIdentitySequences(client: pg.Client, largestIds: Record<string, number>): Promise<void> {
  for (const [table, maxId] of Object.entries(largestIds)) await client.query(`select setval(pg_get_serial_sequence($1, 'id'), $2)`, [table, maxId]);
}
