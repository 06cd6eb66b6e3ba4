import type { Faker } from '@faker-js/faker';
import { atHour } from '../dates.ts';

/** created_at/updated_at of a row made `daysAgo` before the reference date and touched since, never after it. */
export function stamps(faker: Faker, refDate: Date, daysAgo: number): { created_at: Date; updated_at: Date } {
  const created = atHour(refDate, -daysAgo, faker.number.int({ min: 8, max: 17 }), faker.number.int(59));
  const touchedDaysLater = faker.number.int({ min: 0, max: Math.max(0, daysAgo - 1) });
  const updated = atHour(refDate, -daysAgo + touchedDaysLater, faker.number.int({ min: 8, max: 17 }), faker.number.int(59));
  return { created_at: created, updated_at: updated < created ? created : updated };
}

/** The same moment for both stamps: reference data loaded once, never edited. */
export function fixedStamps(refDate: Date, daysAgo: number): { created_at: Date; updated_at: Date } {
  const at = atHour(refDate, -daysAgo, 9);
  return { created_at: at, updated_at: at };
}
