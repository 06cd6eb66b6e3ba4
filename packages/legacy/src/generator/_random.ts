import { faker as enAuFaker } from '@faker-js/faker/locale/en_AU';
import type { Faker } from '@faker-js/faker';
import { streamSeed } from '@navimpact/seeds';

/** A fast seeded generator for the per-row draws; faker only fills the word pools (its calls cost more). */
export class Rng {
  private state: number;

  constructor(seed: number, stream: string) {
    this.state = streamSeed(seed, stream);
  }

  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An id in [1, n] skewed towards the low ids: a few rows (the busiest projects and tasks) get most references. */
  skewed(n: number, power = 3): number {
    return 1 + Math.floor(n * this.next() ** power);
  }

  /**
   * An id in [1, n] as people's activity falls: a core of the first 5% (at least 3) makes `coreShare`
   * of the picks, the rest fall on anyone, so the top tenth of users owns most of the work.
   */
  active(n: number, coreShare = 0.75): number {
    return this.next() < coreShare ? this.skewed(Math.min(n, Math.max(3, Math.ceil(n * 0.05))), 1.5) : this.int(1, n);
  }

  /** A value of a weighted table: [[value, weight], ...]. */
  weighted<T>(table: WeightedTable<T>): T {
    const bounds = cumulative(table);
    const r = this.next() * bounds[bounds.length - 1]!;
    let i = 0;
    while (i < bounds.length - 1 && r >= bounds[i]!) i++;
    return table[i]![0];
  }
}

/** Values with their relative weights. */
export type WeightedTable<T> = readonly (readonly [T, number])[];

// Tables are module constants, so their running totals are computed once each, not once per row.
const BOUNDS = new WeakMap<WeightedTable<unknown>, number[]>();

function cumulative(table: WeightedTable<unknown>): number[] {
  let bounds = BOUNDS.get(table);
  if (bounds === undefined) {
    let total = 0;
    bounds = table.map(([, w]) => (total += w));
    BOUNDS.set(table, bounds);
  }
  return bounds;
}

/** A long tail: the k-th value (from 1) weighs k^-exponent, so the first holds the largest share and the last few almost none. */
export function zipf<T>(values: readonly T[], exponent: number): WeightedTable<T> {
  return values.map((value, k) => [value, (k + 1) ** -exponent] as const);
}

/** The en_AU faker seeded for one stream, for building word pools. */
export function fakerFor(seed: number, stream: string): Faker {
  enAuFaker.seed(streamSeed(seed, stream));
  return enAuFaker;
}

/** 'YYYY-MM-DD HH:MM:SS' (timestamp without time zone) of an epoch-milliseconds value. */
export function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** 'YYYY-MM-DD' of an epoch-milliseconds value. */
export function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;
