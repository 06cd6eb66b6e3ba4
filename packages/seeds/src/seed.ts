import type { SeedOptions } from './options.ts';

/** Rows written per table, and how long seeding took. */
export interface SeedReport {
  rows: Record<string, number>;
  totalRows: number;
  ms: number;
}

/** Progress callbacks for long steps. */
export interface SeedHooks {
  onProgress?: (message: string) => void;
}

/**
 * Fills an empty, migrated database with the preset's deterministic rows, written by COPY.
 *
 * @example
 * await seedDatabase('postgres://127.0.0.1/navimpact', resolveSeedOptions({ preset: 'demo' }));
 */
export async function seedDatabase(url: string, options: SeedOptions, hooks: SeedHooks = {}): Promise<SeedReport> {
  throw new Error(`seedDatabase is being written (${url}, ${options.preset}, ${typeof hooks})`);
}
