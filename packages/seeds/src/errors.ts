/** Stable codes for bad seed options; the CLI prints message + hint for these. */
export type SeedErrorCode = 'UNKNOWN_PRESET' | 'BAD_SEED' | 'BAD_DATE' | 'BAD_SCALE' | 'NOT_MIGRATED' | 'NOT_EMPTY';

/** A seed option the user must fix, with one sentence of message and how to fix it. */
export class SeedError extends Error {
  readonly code: SeedErrorCode;
  readonly hint: string;

  constructor(code: SeedErrorCode, message: string, hint: string) {
    super(message);
    this.name = 'SeedError';
    this.code = code;
    this.hint = hint;
  }

  static unknownPreset(name: string, known: readonly string[]): SeedError {
    return new SeedError('UNKNOWN_PRESET', `There is no seed preset called "${name}".`, `Use one of: ${known.join(', ')}.`);
  }

  static badSeed(value: string): SeedError {
    return new SeedError('BAD_SEED', `The seed must be a whole number from 0 to 2147483647, not "${value}".`, 'For example --seed 42.');
  }

  static badDate(value: string): SeedError {
    return new SeedError('BAD_DATE', `The reference date must be a real calendar date written YYYY-MM-DD, not "${value}".`, 'For example --date 2026-07-01.');
  }

  static dateOutOfRange(value: string, min: string, max: string): SeedError {
    return new SeedError('BAD_DATE', `The reference date must be between ${min} and ${max}, not ${value}.`, 'For example --date 2026-07-01, or leave --date out for today.');
  }

  static badScale(value: string): SeedError {
    return new SeedError('BAD_SCALE', `The scale must be a positive number up to 100, not "${value}".`, 'For example --scale 2 for twice the demo volume.');
  }

  static notMigrated(database: string): SeedError {
    return new SeedError('NOT_MIGRATED', `The database ${database} has no NavImpact tables to seed.`, 'Run `navimpact migrate` first, or `navimpact fresh` to rebuild and seed it.');
  }

  static notEmpty(database: string, table: string): SeedError {
    return new SeedError('NOT_EMPTY', `The database ${database} already has data (in ${table}); seeding only fills an empty database.`, 'Run `navimpact fresh` to rebuild it from scratch.');
  }
}
