import { on } from 'node:events';
import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import { syncIdentitySequences, writeChunk } from './copy-loader.ts';
import { SeedError } from './errors.ts';
import type { SeedOptions } from './options.ts';
import type { WorkerMessage } from './seed-worker.ts';

/** Rows written so far, while a load runs. */
export interface LoadProgress {
  /** The table the last chunk ended with. */
  table: string;
  rows: number;
  ms: number;
}

// Generating a row makes short-lived garbage; V8 sizes the young generation of a big machine's
// main thread generously and lets it fill, which is RSS. A worker's can be capped: 16 MB keeps
// the whole process near 200 MB at any scale, and makes generation faster, not slower.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Writes a preset's rows by COPY on the caller's transaction while a worker thread generates
 * them: the worker runs at most two chunks ahead of the writes, and nothing is held once written,
 * so memory stays flat at any scale. `onChunk` runs after each chunk (a safe point: throwing there
 * stops the worker and the load, and the caller rolls back). Returns the rows written per table.
 */
export async function loadRows(client: pg.Client, options: SeedOptions, onChunk: (progress: LoadProgress) => void): Promise<Record<string, number>> {
  const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { workerData: options, resourceLimits: WORKER_LIMITS });
  const startedAt = performance.now();
  let written = 0;
  let exitCode = 0;
  worker.once('exit', (code) => (exitCode = code));
  try {
    for await (const [message] of on(worker, 'message', { close: ['exit'] }) as AsyncIterable<[WorkerMessage]>) {
      if ('done' in message) {
        await syncIdentitySequences(client, message.done.largestIds);
        return message.done.rows;
      }
      await writeChunk(client, message.chunk);
      worker.postMessage('written');
      written += message.chunk.reduce((sum, part) => sum + part.rows, 0);
      const last = message.chunk.at(-1);
      if (last) onChunk({ table: last.table, rows: written, ms: performance.now() - startedAt });
    }
    throw SeedError.workerStopped(exitCode);
  } finally {
    await worker.terminate();
  }
}
