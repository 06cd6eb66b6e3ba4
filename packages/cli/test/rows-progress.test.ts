import { describe, expect, it } from 'vitest';
import { rowsProgressPrinter } from '../src/commands/_rows-progress.ts';

describe('progress of a long backup or restore', () => {
  it('prints rows and rows per second at a modest interval, and nothing for a short run', () => {
    const lines: string[] = [];
    const io = { out: () => {}, err: (line: string) => void lines.push(line) };
    const log = rowsProgressPrinter(io, 'restored', false);
    log({ table: 'grants', rows: 10, ms: 500 });
    log({ table: 'grants', rows: 300_000, ms: 15_000 });
    log({ table: 'tasks', rows: 310_000, ms: 16_000 });
    expect(lines).toEqual(['  restored 300,000 rows (20,000 rows/s), now grants']);

    const terminal: string[] = [];
    const tty = rowsProgressPrinter({ out: () => {}, err: (line) => void terminal.push(line) }, 'backed up', true);
    for (const ms of [400, 1_000, 1_500, 2_100]) tty({ table: 'social_metrics', rows: ms * 10, ms });
    expect(terminal).toEqual(['  backed up 10,000 rows (10,000 rows/s), now social_metrics', '  backed up 21,000 rows (10,000 rows/s), now social_metrics']);
  });
});
