import { SeedError } from './errors.ts';
import { scaleForRows } from './row-estimate.ts';

/** The named sizes of a seeded database. */
export const PRESET_NAMES = ['minimal', 'demo'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Everything that decides a seeded database's content. */
export interface SeedOptions {
  preset: PresetName;
  /** Decides every generated name, amount and date; the same seed gives the same rows. */
  seed: number;
  /** The "today" the data is built around, as YYYY-MM-DD; generation never reads the clock. */
  date: string;
  /** Multiplies the generated volume of the demo preset. */
  scale: number;
}

/** The largest scale: about 20 million rows, with the seed's memory still flat. */
export const MAX_SCALE = 5000;

/** The seed options used when none are given: the demo preset, seed 42, scale 1; the date defaults to today. */
export const DEFAULT_SEED_OPTIONS: Omit<SeedOptions, 'date'> = { preset: 'demo', seed: 42, scale: 1 };

/** The UTC calendar date of `now` as YYYY-MM-DD: the reference date when none is given, so data looks current. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Raw option values as a command line or an environment gives them. */
export interface RawSeedOptions {
  preset?: string;
  seed?: string | number;
  date?: string;
  scale?: string | number;
  /** A row count to aim at instead of a scale (demo preset only): the scale is chosen to give about as many. */
  rows?: string | number;
}

/**
 * Validates raw options and fills the defaults; throws a SeedError naming the bad value. The one
 * place the clock is read: without a date, the reference date is `now`'s UTC calendar date, so the
 * same call gives other rows on another day. Pin `date` wherever rows must not change. A `rows`
 * target is turned into a scale here, by counting rows generated at two small scales.
 */
export function resolveSeedOptions(raw: RawSeedOptions = {}, now: Date = new Date()): SeedOptions {
  const resolved = {
    preset: parsePreset(raw.preset ?? DEFAULT_SEED_OPTIONS.preset),
    seed: raw.seed === undefined ? DEFAULT_SEED_OPTIONS.seed : parseSeed(String(raw.seed)),
    date: parseDate(raw.date ?? todayUtc(now)),
  };
  if (raw.rows === undefined) return { ...resolved, scale: raw.scale === undefined ? DEFAULT_SEED_OPTIONS.scale : parseScale(String(raw.scale)) };
  if (raw.scale !== undefined) throw SeedError.rowsAndScale();
  if (resolved.preset !== 'demo') throw SeedError.rowsNeedDemo(resolved.preset);
  const rows = parseRows(String(raw.rows));
  const scale = scaleForRows(rows, resolved);
  if (scale > MAX_SCALE) throw SeedError.tooManyRows(String(raw.rows), scale, MAX_SCALE);
  return { ...resolved, scale };
}

function parsePreset(value: string): PresetName {
  const known = PRESET_NAMES as readonly string[];
  if (!known.includes(value)) throw SeedError.unknownPreset(value, PRESET_NAMES);
  return value as PresetName;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(seed) || seed > 2 ** 31 - 1) throw SeedError.badSeed(value);
  return seed;
}

/** The reference dates the generators are written for: every derived year, round and deadline stays a real date. */
export const DATE_RANGE = { min: '2000-01-01', max: '2100-12-31' } as const;

function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) throw SeedError.badDate(value);
  // ISO dates compare as strings.
  if (value < DATE_RANGE.min || value > DATE_RANGE.max) throw SeedError.dateOutOfRange(value, DATE_RANGE.min, DATE_RANGE.max);
  return value;
}

function parseScale(value: string): number {
  const scale = Number(value);
  if (value.trim() === '' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) throw SeedError.badScale(value, MAX_SCALE);
  return scale;
}

function parseRows(value: string): number {
  const rows = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(rows) || rows < 1) throw SeedError.badRows(value);
  return rows;
}
