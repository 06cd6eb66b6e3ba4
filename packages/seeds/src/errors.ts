/** Stable codes for bad seed options; the CLI prints message + hint for these. */
export type SeedErrorCode = 'UNKNOWN_PRESET' | 'BAD_SEED' | 'BAD_DATE' | 'BAD_SCALE' | 'BAD_ROWS' | 'NOT_MIGRATED' | 'NOT_EMPTY' | 'WORKER_STOPPED';

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

  static badScale(value: string, max: number): SeedError {
    return new SeedError('BAD_SCALE', `The scale must be a positive number up to ${max}, not "${value}".`, 'For example --scale 2 for twice the demo volume, or --rows 1000000 for about a million rows.');
  }

  static badRows(value: string): SeedError {
    return new SeedError('BAD_ROWS', `The row count must be a whole number of at least 1, not "${value}".`, 'For example --rows 1000000 for about a million rows.');
  }

  static rowsAndScale(): SeedError {
    return new SeedError('BAD_ROWS', 'Give either a row count or a scale, not both: the row count chooses the scale.', 'Drop --scale, or drop --rows.');
  }

  static rowsNeedDemo(preset: string): SeedError {
    return new SeedError('BAD_ROWS', `A row count needs the demo preset: the ${preset} preset has a fixed size.`, 'Drop --preset, or use --preset demo.');
  }

  static tooManyRows(value: string, scale: number, max: number): SeedError {
    return new SeedError('BAD_ROWS', `${value} rows would need scale ${scale}, more than the largest, ${max}.`, `Ask for fewer rows, or use --scale ${max}.`);
  }

  static notMigrated(database: string): SeedError {
    return new SeedError('NOT_MIGRATED', `The database ${database} has no NavImpact tables to seed.`, 'Run `navimpact migrate` first, or `navimpact fresh` to rebuild and seed it.');
  }

  static notEmpty(database: string, table: string): SeedError {
    return new SeedError('NOT_EMPTY', `The database ${database} already has data (in ${table}); seeding only fills an empty database.`, 'Run `navimpact fresh` to rebuild it from scratch.');
  }

  static workerStopped(exitCode: number): SeedError {
    return new SeedError('WORKER_STOPPED', `The seed's generator thread stopped (exit code ${exitCode}) before it had generated every row; nothing was written.`, 'Run the command again; if it stops again, report it with the command line you used.');
  }
}
