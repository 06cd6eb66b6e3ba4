import { drain } from './drain.ts';
import type { SeedOptions } from './options.ts';
import { generateRows } from './presets.ts';

// Two scales from which the demo preset grows in a straight line: from scale 12 on, every table
// but the capped social accounts and their metrics grows with the scale.
const LOW = 12;
const HIGH = 24;
const MIN_SCALE = 0.01;

/** Rows a preset writes, counted by generating them and keeping none. */
export function countRows(options: SeedOptions): number {
  let rows = 0;
  const counts = new Map<string, number>();
  drain(generateRows(options, {
    add: (table) => {
      rows++;
      counts.set(table, (counts.get(table) ?? 0) + 1);
    },
    count: (table) => counts.get(table) ?? 0,
  }));
  return rows;
}

/** About how many rows a seed writes: counted up to scale 24, beyond it extrapolated from two counts (within a percent or two). */
export function estimateRows(options: SeedOptions): number {
  if (options.preset !== 'demo' || options.scale <= HIGH) return countRows(options);
  const { low, perScale } = calibrate(options);
  return Math.round(low + perScale * (options.scale - LOW));
}

/**
 * The demo scale whose seed writes about `rows` rows: two decimals below scale 24, a whole number
 * above; the smallest scale, 0.01, when even that writes more.
 */
export function scaleForRows(rows: number, options: Omit<SeedOptions, 'scale'>): number {
  const { low, perScale } = calibrate(options);
  if (rows >= low + perScale * (HIGH - LOW)) return Math.round(LOW + (rows - low) / perScale);
  // Below, the fixed tables (reference data, a year of social metrics) weigh more: a line through
  // the smallest scale's count, then one correction from a count at the guess.
  const floor = countRows({ ...options, preset: 'demo', scale: MIN_SCALE });
  const line = (target: number, from: number, at: number, to: number, atTo: number) => from + ((target - at) * (to - from)) / (atTo - at);
  const guess = clampScale(line(rows, MIN_SCALE, floor, LOW, low));
  if (guess === MIN_SCALE) return MIN_SCALE;
  const counted = countRows({ ...options, preset: 'demo', scale: guess });
  return clampScale(rows < counted ? line(rows, MIN_SCALE, floor, guess, counted) : line(rows, guess, counted, LOW, low));
}

function clampScale(scale: number): number {
  return Math.min(HIGH, Math.max(MIN_SCALE, Math.round(scale * 100) / 100));
}

function calibrate(options: Omit<SeedOptions, 'scale'>): { low: number; perScale: number } {
  const low = countRows({ ...options, preset: 'demo', scale: LOW });
  const high = countRows({ ...options, preset: 'demo', scale: HIGH });
  return { low, perScale: (high - low) / (HIGH - LOW) };
}
