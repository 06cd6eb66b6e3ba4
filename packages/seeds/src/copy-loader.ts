import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CellValue, Dataset, Row } from './dataset.ts';

// COPY's text format: these four characters would end a field or a row, so they are escaped.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function encodeCell(value: CellValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** A table's rows as COPY text; every row of a table has the same columns in the same order. */
export function encodeRows(columns: readonly string[], rows: readonly Row[]): string {
  const lines = rows.map((row) => columns.map((c) => encodeCell(row[c] ?? null)).join('\t'));
  return lines.join('\n') + '\n';
}

/** Streams every table of the dataset into the database with COPY, in dataset order, on the caller's transaction. */
export async function copyDataset(client: pg.Client, dataset: Dataset, onTable?: (table: string, rows: number) => void): Promise<void> {
  for (const [table, rows] of dataset) {
    if (rows.length === 0) continue;
    const columns = Object.keys(rows[0]!);
    const sql = `copy ${pg.escapeIdentifier(table)} (${columns.map((c) => pg.escapeIdentifier(c)).join(', ')}) from stdin`;
    await pipeline(Readable.from([encodeRows(columns, rows)]), client.query(copyFrom(sql)));
    onTable?.(table, rows.length);
  }
}

/** Moves each identity sequence past the ids COPY wrote, so the app's next insert gets a fresh id. */
export async function syncIdentitySequences(client: pg.Client, dataset: Dataset): Promise<void> {
  for (const [table, rows] of dataset) {
    if (!rows[0] || !('id' in rows[0])) continue;
    const maxId = Math.max(...rows.map((r) => Number(r.id)));
    await client.query(`select setval(pg_get_serial_sequence($1, 'id'), $2)`, [table, maxId]);
  }
}
