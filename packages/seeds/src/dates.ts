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
