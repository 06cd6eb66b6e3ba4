// The worker thread of loadRows: generates the preset's rows and posts them as COPY text, a chunk
// at a time, never more than CHUNKS_AHEAD chunks ahead of the writes the main thread acknowledges.
import { parentPort, workerData } from 'node:worker_threads';
import { CopyWriter, type CopyPart } from './copy-loader.ts';
import type { SeedOptions } from './options.ts';
import { generateRows } from './presets.ts';

/** What the worker posts: a chunk to write, then its totals once every row is generated. */
export type WorkerMessage = { chunk: CopyPart[] } | { done: { rows: Record<string, number>; largestIds: Record<string, number> } };

const CHUNKS_AHEAD = 2;
const port = parentPort!;
let credits = CHUNKS_AHEAD;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits++;
  wake?.();
});

async function post(message: WorkerMessage): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  port.postMessage(message);
}

const writer = new CopyWriter();
for (const _ of generateRows(workerData as SeedOptions, writer)) {
  if (writer.full) await post({ chunk: writer.take() });
}
await post({ chunk: writer.take() });
port.postMessage({ done: { rows: writer.rows(), largestIds: writer.largestIds() } } satisfies WorkerMessage);
port.close();
