import { describe, expect, it } from 'vitest';
import { clientsAtTarget } from '../src/operations/bench-queries/bench-queries.ts';
import { median, quantile } from '../src/operations/bench-queries/_time-query.ts';

const point = (clients: number, p95Ms: number) => ({ clients, queries: 100, seconds: 1, throughput: 100, p95Ms });

describe('the benchmark figures', () => {
  it('take the median of an even count as the mean of its middle pair, and quantiles by nearest rank', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBe(0);
    expect(quantile(Array.from({ length: 20 }, (_, i) => i + 1), 0.95)).toBe(19);
    expect(quantile([7], 0.5)).toBe(7);
  });

  it('count the most clients held at p95 <= 100 ms, 0 when none was', () => {
    expect(clientsAtTarget([point(1, 20), point(8, 100), point(32, 140), point(64, 90)])).toBe(64);
    expect(clientsAtTarget([point(1, 120), point(8, 400)])).toBe(0);
  });
});
