import type { Faker } from '@faker-js/faker';

/** A value with its relative weight, as faker's weightedArrayElement takes it. */
export interface Weighted<T> {
  weight: number;
  value: T;
}

/**
 * Zipf-like weights: the k-th value (from 1) weighs 1/k^exponent, so a few values are common and
 * the rest a long tail of rare ones, as sectors, places and busy people are on a real platform
 * (and as a planner needs them to be for an index on one of them to pay).
 */
export function zipf<T>(values: readonly T[], exponent = 1.2): Weighted<T>[] {
  return values.map((value, i) => ({ weight: whole(i + 1, exponent), value }));
}

// 1/rank^exponent in millionths, rounded: a fractional power may differ in its last bit between
// JavaScript engines, and whole weights keep every pick the same bytes on every machine.
function whole(rank: number, exponent: number): number {
  return Math.round(1_000_000 / rank ** exponent);
}

/** Between `min` and `max` distinct values drawn by weight, in the order of `weighted`. */
export function weightedSubset<T>(faker: Faker, weighted: readonly Weighted<T>[], min: number, max: number): T[] {
  const wanted = faker.number.int({ min, max });
  const picked = new Set<T>();
  // Draws repeat common values, so a bounded number of tries keeps the cost flat; it may end with fewer, never below one when min is.
  for (let tries = 0; picked.size < wanted && tries < wanted * 4; tries++) picked.add(faker.helpers.weightedArrayElement(weighted));
  return weighted.map((w) => w.value).filter((v) => picked.has(v));
}

/**
 * One of a project's members, the busiest most often: people rank by user id (Shadow Goose's
 * creative director, producer and grants manager first), so a few do most of the tasks, comments and hours.
 */
export function busyMember(faker: Faker, memberIds: readonly number[]): number {
  return faker.helpers.weightedArrayElement(memberIds.map((id) => ({ weight: whole(id, 1.5), value: id })));
}
