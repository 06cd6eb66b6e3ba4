import type { Faker } from '@faker-js/faker';
import { parseDay } from '../dates.ts';
import { enAuFakerSeeded } from '../faker.ts';

/** What every factory of one set shares: a seeded faker, the reference date and a counter for unique values. */
export class FactoryContext {
  readonly faker: Faker;
  readonly refDate: Date;
  private counter = 0;

  constructor(seed: number, date: string) {
    this.refDate = parseDay(date);
    this.faker = enAuFakerSeeded(seed);
    this.faker.setDefaultRefDate(this.refDate);
  }

  /** A number unique within this factory set, for slugs, emails and handles. */
  next(): number {
    return ++this.counter;
  }
}
