import { describe, expect, it } from 'vitest';
import { seedProgress } from '../src/commands/_seed-progress.ts';

const io = (lines: string[]) => ({ out: () => {}, err: (line: string) => void lines.push(line) });

describe('progress of a long seed', () => {
  it('in a log, prints a line every 15 s with rows, rows per second and the time left', () => {
    const lines: string[] = [];
    const progress = seedProgress(io(lines), undefined);
    progress.onRows({ table: 'grants', rows: 10_000, ms: 900 });
    progress.onRows({ table: 'grants', rows: 60_000, ms: 15_000, expected: 140_000 });
    progress.onRows({ table: 'tasks', rows: 61_000, ms: 16_000, expected: 140_000 });
    progress.finish();
    expect(lines).toHaveLength(1);
    expect(lines).toEqual(['  seeded 60,000 of about 140,000 rows (4,000 rows/s, about 20 s left)']);
  });

  it('on a terminal, redraws one bar in place and ends its line when the seed is over', () => {
    const writes: string[] = [];
    const lines: string[] = [];
    const progress = seedProgress(io(lines), { write: (text) => writes.push(text) });
    for (const ms of [500, 1_000, 1_100, 1_300]) progress.onRows({ table: 'media_performance_metrics', rows: ms * 50, ms, expected: 200_000 });
    progress.finish();
    expect(lines).toEqual([]);
    expect(writes).toHaveLength(3);
    expect(writes[0]).toBe('\r  [######------------------]  25% seeded 50,000 of about 200,000 rows (50,000 rows/s, about 3 s left)\x1b[K');
    expect(writes.at(-1)).toBe('\n');
  });

  it('shows no time left for a short seed, and nothing at all under a second', () => {
    const lines: string[] = [];
    const progress = seedProgress(io(lines), undefined);
    progress.onRows({ table: 'grants', rows: 7_000, ms: 400 });
    progress.onRows({ table: 'grants', rows: 300_000, ms: 15_000 });
    expect(lines).toEqual(['  seeded 300,000 rows (20,000 rows/s)']);
  });
});
