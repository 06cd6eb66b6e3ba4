import { formatCount } from '../format.ts';
import type { Io } from '../io.ts';

/**
 * A progress callback that prints rows so far and rows per second to stderr: every second on a
 * terminal, every 15 s otherwise (a log), so short runs print nothing.
 */
export function rowsProgressPrinter(io: Io, verb: string, interactive = process.stderr.isTTY === true): (p: { table: string; rows: number; ms: number }) => void {
  const every = interactive ? 1_000 : 15_000;
  let next = every;
  return ({ table, rows, ms }) => {
    if (ms < next) return;
    next = ms + every;
    io.err(`  ${verb} ${formatCount(rows)} rows (${formatCount(Math.round((rows * 1000) / ms))} rows/s), now ${table}`);
  };
}
