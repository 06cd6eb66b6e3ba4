import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A COPY cell: null, a scalar, or a string already in PostgreSQL's text form (arrays, JSON). */
export type Cell = string | number | boolean | null;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function encode(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') return String(cell);
  return cell.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** A text[] literal of the strings. */
export function textArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

const CHUNK_ROWS = 5_000;

/**
 * Streams rows into a table with COPY, CHUNK_ROWS at a time, so memory stays flat whatever the
 * count; returns the number of rows written.
 */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<Cell[]>): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let lines: string[] = [];
    for (const row of rows) {
      lines.push(row.map(encode).join('\t'));
      count++;
      if (lines.length === CHUNK_ROWS) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
    }
    if (lines.length > 0) yield lines.join('\n') + '\n';
  }
  const sql = `copy ${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')}) from stdin`;
  await pipeline(Readable.from(chunks(), { objectMode: false, highWaterMark: 1 }), client.query(copyFrom(sql)));
  return count;
}
