import type { SeedHooks } from '@navimpact/seeds';
import type { PauseAt } from './_swap.ts';

/** Progress callbacks of a rebuild: its own steps, and the seeder's per-table lines. */
export interface RebuildHooks {
  onStep?: (line: string) => void;
  seed?: SeedHooks;
  /** Aborted on Ctrl-C or SIGTERM, with the signal's name as reason: the rebuild stops at its next safe point. */
  signal?: AbortSignal;
  /** Runs under the rebuild's lock, before anything is written: a refusal there changes nothing. */
  beforeWrite?: () => Promise<unknown>;
  /** Tests only: holds the rebuild at a named point, so a test can kill it there. */
  pauseAt?: PauseAt;
}
