const DAY_MS = 86_400_000;

/** Midnight UTC of a YYYY-MM-DD reference date. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The date `days` after `date` (negative for before). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The YYYY-MM-DD of a date, for `date` columns. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A moment `days` after the reference date at a working hour, for `timestamptz` columns. */
export function atHour(refDate: Date, days: number, hour: number, minute = 0): Date {
  return new Date(refDate.getTime() + days * DAY_MS + (hour * 60 + minute) * 60_000);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The Australian financial year (1 July to 30 June) a date falls in, written as funders do: 2026–27. */
export function financialYear(date: Date): string {
  const start = date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return `${start}–${String((start + 1) % 100).padStart(2, '0')}`;
}

/** A date as prose writes it, the same on every machine: 14 March 2027. */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
