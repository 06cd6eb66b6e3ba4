// The worker thread of RowWorker: generates the preset's rows and posts them as COPY text, a chunk
// at a time, never more than CHUNKS_AHEAD chunks ahead of the writes the main thread acknowledges,
// and after the first chunk, about how many rows there will be (for the time left).
import { parentPort, workerData } from 'node:worker_threads';
import { chunkBuffer, CopyWriter, type CopyPart } from './copy-loader.ts';
import type { SeedOptions } from './options.ts';
import { generateRows } from './presets.ts';
import { estimateRows } from './row-estimate.ts';

/** What the worker posts: about how many rows it will generate, chunks to write, then its totals once every row is generated. */
export type WorkerMessage = { expected: number } | { chunk: CopyPart[] } | { done: { rows: Record<string, number>; largestIds: Record<string, number> } };

const CHUNKS_AHEAD = 2;
const port = parentPort!;
const writer = new CopyWriter();
let credits = CHUNKS_AHEAD;
let wake: (() => void) | undefined;
// Each write acknowledged hands back the chunk's buffer for a later chunk.
port.on('message', (written: ArrayBuffer | null) => {
  if (written) writer.recycle(written);
  credits++;
  wake?.();
});

async function post(message: WorkerMessage): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  // The bytes move to the main thread instead of being copied into its heap.
  const buffer = 'chunk' in message ? chunkBuffer(message.chunk) : undefined;
  port.postMessage(message, buffer ? [buffer] : []);
}

const options = workerData as SeedOptions;
let estimated = false;
for (const _ of generateRows(options, writer)) {
  if (!writer.full) continue;
  await post({ chunk: writer.take() });
  // Estimated (two small dry runs, a second or two) while the first chunk is being written.
  if (!estimated) port.postMessage({ expected: estimateRows(options) } satisfies WorkerMessage);
  estimated = true;
}
await post({ chunk: writer.take() });
port.postMessage({ done: { rows: writer.rows(), largestIds: writer.largestIds() } } satisfies WorkerMessage);
port.close();
