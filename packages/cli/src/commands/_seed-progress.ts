import type { LoadProgress } from '@navimpact/seeds';
import { formatCount } from '../format.ts';
import type { Io } from '../io.ts';

const BAR_WIDTH = 24;

/** A seed's progress printer: `onRows` for the seed's hook, `finish` once the seed is over. */
export interface SeedProgress {
  onRows: (progress: LoadProgress) => void;
  finish: () => void;
}

/**
 * A long seed's progress on stderr: on a terminal a bar redrawn in place (rows, rows per second,
 * and the time left once the seed has estimated its rows), elsewhere (a log) a plain line every
 * 15 s. A seed shorter than a second shows nothing.
 */
export function seedProgress(io: Io, terminal: { write(text: string): unknown } | undefined = process.stderr.isTTY ? process.stderr : undefined): SeedProgress {
  const every = terminal ? 250 : 15_000;
  let next = terminal ? 1_000 : every;
  let drawn = false;
  return {
    onRows: ({ rows, ms, expected }) => {
      if (ms < next) return;
      next = ms + every;
      const text = describe(rows, ms, expected);
      if (!terminal) return io.err(`  ${text}`);
      terminal.write(`\r  ${bar(rows, expected)}${text}\x1b[K`);
      drawn = true;
    },
    finish: () => {
      if (drawn) terminal?.write('\n');
    },
  };
}

function describe(rows: number, ms: number, expected: number | undefined): string {
  const perSecond = (rows * 1000) / ms;
  const done = `seeded ${formatCount(rows)}${expected ? ` of about ${formatCount(expected)}` : ''} rows (${formatCount(Math.round(perSecond))} rows/s`;
  if (!expected) return `${done})`;
  return `${done}, about ${formatDuration(Math.max(0, expected - rows) / perSecond)} left)`;
}

function bar(rows: number, expected: number | undefined): string {
  if (!expected) return '';
  const filled = Math.min(BAR_WIDTH, Math.round((rows / expected) * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.min(100, Math.floor((rows / expected) * 100))).padStart(3)}% `;
}

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  return `${Math.round(seconds / 60)} min`;
}
