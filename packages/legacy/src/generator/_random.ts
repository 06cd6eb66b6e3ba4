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

  /** An id in [1, n] skewed towards the low ids: a few rows (the very active users) get most references. */
  skewed(n: number, power = 3): number {
    return 1 + Math.floor(n * this.next() ** power);
  }

  /** A value of a weighted table: [[value, weight], ...]. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return table[table.length - 1]![0];
  }
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
