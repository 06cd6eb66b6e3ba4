import { setImmediate as nextTurn } from 'node:timers/promises';
import type pg from 'pg';
import { chunkBuffer, CopyWriter, syncIdentitySequences, writeChunk, type CopyPart } from './copy-loader.ts';
import type { LoadProgress } from './load-progress.ts';
import type { SeedOptions } from './options.ts';
import { generateRows } from './presets.ts';

// Generation on this thread hands the event loop a turn now and then, so the socket drains the
// chunk being written meanwhile and PostgreSQL and the generator work at once.
const STEPS_PER_TURN = 16;

/**
 * Generates and writes a small seed's rows on this thread, a chunk at a time, on the caller's
 * transaction, the next chunk generated while the last is written: below STREAMED_SCALE a
 * worker's start-up costs more than it saves.
 */
export async function loadInThread(client: pg.Client, options: SeedOptions, onChunk: (progress: LoadProgress) => void): Promise<Record<string, number>> {
  const startedAt = performance.now();
  const writer = new CopyWriter();
  let written = 0;
  const write = async (chunk: CopyPart[]) => {
    await writeChunk(client, chunk);
    const buffer = chunkBuffer(chunk);
    if (buffer) writer.recycle(buffer);
    written += chunk.reduce((sum, part) => sum + part.rows, 0);
    const last = chunk.at(-1);
    if (last) onChunk({ table: last.table, rows: written, ms: performance.now() - startedAt });
  };
  let writing: Promise<void> = Promise.resolve();
  try {
    let steps = 0;
    for (const _ of generateRows(options, writer)) {
      if (writer.full) {
        await writing;
        writing = write(writer.take());
        // Handled here so a failure waits, unreported, for the await above to throw it.
        writing.catch(() => {});
      } else if (++steps % STEPS_PER_TURN === 0) await nextTurn();
    }
    await writing;
    await write(writer.take());
    await syncIdentitySequences(client, writer.largestIds());
    return writer.rows();
  } finally {
    await writing.catch(() => {});
  }
}
