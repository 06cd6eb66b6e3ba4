import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { DbError } from '../errors.ts';

/**
 * The backup file, decompressed: MAGIC, then frames of one type byte, a uint32 length and the
 * payload. H header (JSON), S schema (JSON), per table T begin (JSON), D data (COPY text, any
 * number), E end (JSON: rows, checksum), then Z trailer (JSON: every table's rows and checksum).
 * Counts and checksums are known only once a table has streamed, so they follow the data, like a
 * zip's central directory; a file without its trailer is truncated by definition.
 */
export const MAGIC = Buffer.from('NAVIMPACT-BACKUP\n');

/** The format version this code writes and reads. */
export const FORMAT_VERSION = 1;

/** The suffix of a backup file's name. */
export const BACKUP_EXTENSION = '.navimpact-backup';

/** The frame types, as their single byte. */
export const FRAME = { header: 0x48, schema: 0x53, table: 0x54, data: 0x44, end: 0x45, trailer: 0x5a } as const;

// No legitimate frame is larger: data frames are COPY chunks, JSON frames a schema's DDL.
const MAX_FRAME = 256 * 1024 * 1024;
const ZSTD_MAGIC = 0xfd2fb528;
const GZIP_MAGIC = 0x8b1f;

/** One table as the header lists it: where it lives and the columns its data frames carry. */
export interface BackupTable {
  schema: string;
  name: string;
  columns: string[];
}

/** What the file says about itself before any data: format, origin, migrations, tables. */
export interface BackupHeader {
  format: 'navimpact-backup';
  version: number;
  createdAt: string;
  database: string;
  server: { version: string; versionNum: number };
  encoding: string;
  compression: 'zstd' | 'gzip';
  checksum: 'sha256';
  /** The applied migrations, oldest first; null for a database without a migrations table. */
  migrations: string[] | null;
  tables: BackupTable[];
}

/** One table's rows and the checksum of its COPY text, as the E frame and the trailer record them. */
export interface TableDigest {
  schema: string;
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/** The last frame: every table's digest and the checksum of the header and schema frames. */
export interface BackupTrailer {
  tables: TableDigest[];
  rows: number;
  metaSha256: string;
  finishedAt: string;
}

/** A decoded frame: its type byte and payload (a view into the decompressed stream). */
export interface Frame {
  type: number;
  payload: Buffer;
}

/** The five bytes in front of a payload. */
export function frameHead(type: number, length: number): Buffer {
  const head = Buffer.allocUnsafe(5);
  head[0] = type;
  head.writeUInt32BE(length, 1);
  return head;
}

/** A whole JSON frame. */
export function jsonFrame(type: number, value: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(value));
  return Buffer.concat([frameHead(type, payload.length), payload]);
}

/** Zstandard where this Node has it (Node 23.8+): faster than gzip at a better ratio. */
export function chooseCompression(): 'zstd' | 'gzip' {
  return typeof zlib.createZstdCompress === 'function' ? 'zstd' : 'gzip';
}

/** A compressing stream into `file`: zstd level 3 with its content checksum, or gzip level 6. */
export function compressTo(file: string, compression: 'zstd' | 'gzip'): { input: Transform; output: Writable } {
  const input =
    compression === 'zstd'
      ? zlib.createZstdCompress({
          params: { [zlib.constants.ZSTD_c_compressionLevel]: 3, [zlib.constants.ZSTD_c_checksumFlag]: 1 },
        })
      : zlib.createGzip({ level: 6 });
  const output = createWriteStream(file, { flags: 'wx' });
  return { input, output };
}

/** The decompressed content of a backup file, after checking it starts like one. */
export async function decompressedStream(file: string): Promise<Readable> {
  const handle = await open(file, 'r').catch((cause: unknown) => {
    throw DbError.badBackup(file, 'it cannot be read', cause);
  });
  const head = Buffer.alloc(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  const chunkSize = 256 * 1024;
  let decompress: zlib.ZstdDecompress | zlib.Gunzip;
  if (head.readUInt32LE(0) === ZSTD_MAGIC) {
    if (typeof zlib.createZstdDecompress !== 'function') throw DbError.badBackup(file, 'it is zstd-compressed and this Node has no zstd');
    decompress = zlib.createZstdDecompress({ chunkSize });
  } else if (head.readUInt16LE(0) === GZIP_MAGIC) {
    decompress = zlib.createGunzip({ chunkSize });
  } else {
    throw DbError.badBackup(file, 'it is not a navimpact backup');
  }
  const source = createReadStream(file, { highWaterMark: chunkSize });
  source.on('error', (error) => decompress.destroy(error));
  return source.pipe(decompress);
}

/** The frames of a decompressed backup, in order; a malformed or truncated stream throws DbError.badBackup. */
export async function* readFrames(file: string, stream: Readable): AsyncGenerator<Frame> {
  let buffer: Buffer = Buffer.alloc(0);
  let magicSeen = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      let offset = 0;
      if (!magicSeen) {
        if (buffer.length < MAGIC.length) continue;
        if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw DbError.badBackup(file, 'it is not a navimpact backup');
        magicSeen = true;
        offset = MAGIC.length;
      }
      while (buffer.length - offset >= 5) {
        const length = buffer.readUInt32BE(offset + 1);
        if (length > MAX_FRAME) throw DbError.badBackup(file, 'a section has an impossible length');
        if (buffer.length - offset - 5 < length) break;
        yield { type: buffer[offset]!, payload: buffer.subarray(offset + 5, offset + 5 + length) };
        offset += 5 + length;
      }
      buffer = buffer.subarray(offset);
    }
  } catch (error) {
    if (error instanceof DbError) throw error;
    throw DbError.badBackup(file, 'it does not decompress (damaged or cut short)', error);
  }
  if (!magicSeen || buffer.length > 0) throw DbError.badBackup(file, 'it ends in the middle of a section (cut short)');
}

/** Parses a JSON frame's payload; a payload that is not JSON means a damaged file. */
export function parseJson<T>(file: string, frame: Frame): T {
  try {
    return JSON.parse(frame.payload.toString('utf8')) as T;
  } catch (cause) {
    throw DbError.badBackup(file, 'a section that should be JSON is not', cause);
  }
}

/** The number of rows in a chunk of COPY text: every row ends in a newline, and data never holds a raw one. */
export function countRows(chunk: Buffer): number {
  let rows = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
  return rows;
}
