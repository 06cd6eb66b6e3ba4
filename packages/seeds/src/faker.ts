import { faker as enAuFaker } from '@faker-js/faker/locale/en_AU';
import type { Faker } from '@faker-js/faker';

// The package's main entry, the one that exports the class, loads every locale (seconds, and tens
// of MB in each seed worker); the en_AU entry exports only its instance, whose class it is.
const FakerClass = enAuFaker.constructor as new (options: { locale: Faker['rawDefinitions'] }) => Faker;

/** The sub-seed of one named stream of one seed: FNV-1a of "seed:stream", the same on every machine. */
export function streamSeed(seed: number, stream: string): number {
  return hash32(`${seed}:${stream}`);
}

// FNV-1a: a stable 32-bit hash.
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A new en_AU faker (en and base behind it), seeded, without loading the other locales. */
export function enAuFakerSeeded(seed: number): Faker {
  const faker = new FakerClass({ locale: enAuFaker.rawDefinitions });
  faker.seed(seed);
  return faker;
}

/**
 * An en_AU faker of its own, seeded for one named stream of one seed and anchored at the reference
 * date. Each generator draws from its own stream, so adding rows to one table never reshuffles
 * another, and streamed generators can take turns: one instance each, none shared.
 */
export function fakerFor(seed: number, stream: string, refDate: Date): Faker {
  const faker = enAuFakerSeeded(streamSeed(seed, stream));
  faker.setDefaultRefDate(refDate);
  return faker;
}
