import type { SeedHooks } from '@navimpact/seeds';

/** Progress callbacks of a rebuild: its own steps, and the seeder's per-table lines. */
export interface RebuildHooks {
  onStep?: (line: string) => void;
  seed?: SeedHooks;
}
