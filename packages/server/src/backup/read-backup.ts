import { createHash } from 'node:crypto';
import { DbError } from '../errors.ts';
import { FORMAT_VERSION, FRAME, countRows, decompressedStream, parseJson, readFrames } from './format.ts';
import type { BackupHeader, BackupTable, BackupTrailer, Frame, TableDigest } from './format.ts';
import type { SchemaDdl } from './schema-ddl.ts';
import { tableKey } from './schema-ddl.ts';

/** What a reader does with a backup's sections as they stream by; every hook is optional. */
export interface BackupVisitor {
  schema?(ddl: SchemaDdl, header: BackupHeader): Promise<void>;
  tableStart?(table: BackupTable): Promise<void>;
  data?(chunk: Buffer): Promise<void>;
  /** Called once the table's rows and checksum have matched what the file recorded. */
  tableEnd?(digest: TableDigest): Promise<void>;
  progress?(table: string, rows: number): void;
}

/** The first section of a backup, read without decompressing the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const stream = await decompressedStream(file);
  try {
    for await (const frame of readFrames(file, stream)) {
      if (frame.type !== FRAME.header) break;
      return checkHeader(file, parseJson<BackupHeader>(file, frame));
    }
    throw DbError.badBackup(file, 'it does not start with a backup header');
  } finally {
    stream.destroy();
  }
}

/**
 * Streams a whole backup through `visitor`, checking its structure, every table's row count and
 * SHA-256 against the recorded ones, and the trailer against the tables seen. Throws
 * DbError.badBackup on the first mismatch, so a damaged or cut-short file never passes.
 */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  const stream = await decompressedStream(file);
  const meta = createHash('sha256');
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let current: { table: BackupTable; hash: ReturnType<typeof createHash>; rows: number; bytes: number } | undefined;
  const seen: TableDigest[] = [];
  let total = 0;
  try {
    for await (const frame of readFrames(file, stream)) {
      if (trailer) throw DbError.badBackup(file, 'it has data after its trailer');
      if (!header) {
        if (frame.type !== FRAME.header) throw DbError.badBackup(file, 'it does not start with a backup header');
        header = checkHeader(file, parseJson<BackupHeader>(file, frame));
        meta.update(rawFrame(frame));
      } else if (frame.type === FRAME.schema && seen.length === 0 && !current) {
        meta.update(rawFrame(frame));
        await visitor.schema?.(parseJson<SchemaDdl>(file, frame), header);
      } else if (frame.type === FRAME.table && !current) {
        const named = parseJson<{ schema: string; name: string }>(file, frame);
        const table = header.tables.find((t) => tableKey(t) === tableKey(named));
        if (!table) throw DbError.badBackup(file, `it has data for ${tableKey(named)}, a table its header does not list`);
        current = { table, hash: createHash('sha256'), rows: 0, bytes: 0 };
        await visitor.tableStart?.(table);
      } else if (frame.type === FRAME.data && current) {
        current.hash.update(frame.payload);
        current.rows += countRows(frame.payload);
        current.bytes += frame.payload.length;
        await visitor.data?.(frame.payload);
        visitor.progress?.(current.table.name, total + current.rows);
      } else if (frame.type === FRAME.end && current) {
        const recorded = parseJson<TableDigest>(file, frame);
        const digest = { ...recorded, rows: current.rows, bytes: current.bytes, sha256: current.hash.digest('hex') };
        if (digest.rows !== recorded.rows || digest.sha256 !== recorded.sha256) {
          throw DbError.badBackup(file, `the data of ${tableKey(digest)} does not match its checksum`);
        }
        await visitor.tableEnd?.(digest);
        total += digest.rows;
        seen.push(digest);
        current = undefined;
      } else if (frame.type === FRAME.trailer && !current) {
        trailer = parseJson<BackupTrailer>(file, frame);
        checkTrailer(file, trailer, seen, header, meta.digest('hex'));
      } else {
        throw DbError.badBackup(file, 'its sections are out of order');
      }
    }
  } finally {
    stream.destroy();
  }
  if (!header || !trailer) throw DbError.badBackup(file, 'it ends before its trailer (cut short)');
  return { header, trailer };
}

function checkHeader(file: string, header: BackupHeader): BackupHeader {
  if (header.format !== 'navimpact-backup') throw DbError.badBackup(file, 'it is not a navimpact backup');
  if (header.version > FORMAT_VERSION) {
    throw DbError.badBackup(file, `it is format version ${header.version}, newer than this toolkit reads (${FORMAT_VERSION}); update the toolkit`);
  }
  return header;
}

function checkTrailer(file: string, trailer: BackupTrailer, seen: TableDigest[], header: BackupHeader, metaSha256: string): void {
  if (trailer.metaSha256 !== metaSha256) throw DbError.badBackup(file, 'its header or schema does not match its checksum');
  const expected = JSON.stringify(trailer.tables.map((t) => [tableKey(t), t.rows, t.sha256]));
  const actual = JSON.stringify(seen.map((t) => [tableKey(t), t.rows, t.sha256]));
  if (expected !== actual || seen.length !== header.tables.length) throw DbError.badBackup(file, 'its tables do not match its trailer');
}

// The header and schema are hashed as written: type byte, length, payload.
function rawFrame(frame: Frame): Buffer {
  const head = Buffer.allocUnsafe(5);
  head[0] = frame.type;
  head.writeUInt32BE(frame.payload.length, 1);
  return Buffer.concat([head, frame.payload]);
}
