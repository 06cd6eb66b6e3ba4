import { MAX_SCALE, PRESET_NAMES, resolveSeedOptions, todayUtc } from '@navimpact/seeds';
import type { SeedOptions, SeedReport } from '@navimpact/seeds';
import { redactUrl } from '@navimpact/server';
import type { Flag } from '../args.ts';
import { rowsTable } from '../format.ts';
import { CliError } from '../errors.ts';
import type { Io } from '../io.ts';
import type { DestroyOverrides } from '../operations/guard.ts';
import type { PauseAt } from '../operations/_swap.ts';
import type { Target } from '../operations/target.ts';
import { redactText } from '../report.ts';

/** The flags that decide a seeded database's content, shared by fresh, reset and seed. */
export const SEED_FLAGS = {
  preset: { type: 'string', value: 'name', description: `Seed preset: ${PRESET_NAMES.join(' or ')} (default demo).` },
  seed: { type: 'string', value: 'n', description: 'Seed number; the same seed and date give the same rows (default 42).' },
  date: { type: 'string', value: 'YYYY-MM-DD', description: 'The "today" the data is built around, 2000-01-01 to 2100-12-31 (default today, UTC).' },
  scale: { type: 'string', value: 'k', description: `Multiplies the demo volume, up to ${MAX_SCALE} (default 1; scale 2500 is about 10 million rows).` },
  rows: { type: 'string', value: 'n', description: 'About how many rows to seed (demo preset): picks the scale, instead of --scale.' },
} as const satisfies Record<string, Flag>;

/** Lets a destructive command run against a server that is not on this machine, or a database the toolkit did not make. */
export const FORCE_FLAG = {
  type: 'boolean',
  description: 'Allow a DATABASE_URL whose host is not this machine, or a database with tables and no NavImpact record (it destroys data there).',
} as const satisfies Flag;

/**
 * Lets a destructive command destroy a database recorded as production. Deliberately not --force:
 * that one gets typed out of habit to reach a remote test server, and must never be enough for production.
 */
export const FORCE_PRODUCTION_FLAG = {
  type: 'boolean',
  description: 'Allow a database whose NavImpact record says production (it destroys production data).',
} as const satisfies Flag;

/** The flags that let a destructive command past its refusals. */
export const DESTROY_FLAGS = { force: FORCE_FLAG, 'force-production': FORCE_PRODUCTION_FLAG } as const;

/** The overrides the destroy flags gave, for assertSafeToDestroy. */
export function destroyOverrides(values: { force?: boolean; 'force-production'?: boolean }): DestroyOverrides {
  return { force: values.force === true, forceProduction: values['force-production'] === true };
}

/**
 * Validates the seed flags, before anything is touched; throws SeedError on a bad value. Without
 * --date the reference date is today's UTC date, so the dev database looks current.
 */
export function seedOptionsFrom(values: { preset?: string; seed?: string; date?: string; scale?: string; rows?: string }): SeedOptions {
  return resolveSeedOptions({ preset: values.preset, seed: values.seed, date: values.date, scale: values.scale, rows: values.rows });
}

/** Prints a progress line as a bullet, with any URL in it redacted. */
export function progressPrinter(io: Io): (line: string) => void {
  return (line) => io.out(`• ${redactText(line)}`);
}

/**
 * Prints the database's URL with its password redacted (also the embedded server's, whose password
 * is a secret of its data folder; `navimpact url` prints it whole), what the seed was built from,
 * the rows per table, and the time.
 */
export function printSeeded(io: Io, target: Target, options: SeedOptions, seed: SeedReport, startedAt: number): void {
  io.out('');
  io.out(`database ${redactUrl(target.url)}${target.source === 'embedded' ? ' (`navimpact url` prints it with its password)' : ''}`);
  const scale = options.preset === 'demo' && options.scale !== 1 ? `, scale ${options.scale}` : '';
  io.out(`preset ${options.preset}${scale}, seed ${options.seed}, reference date ${options.date}${options.date === todayUtc() ? ' (today, UTC)' : ''}`);
  for (const line of rowsTable(seed.rows, seed.totalRows)) io.out(line);
  io.out(`done in ${Math.round(performance.now() - startedAt)} ms`);
}

/** A seed progress callback that stops the seed (its transaction rolls back) once `signal` aborts. */
export function stopWhenAborted(signal: AbortSignal, outcome: string): (line: string) => void {
  return () => {
    if (signal.aborted) throw CliError.interrupted(signal.reason, outcome);
  };
}

// Long enough for any test to act; a forgotten variable does not hang a run for ever.
const TEST_PAUSE_MS = 300_000;

/**
 * NAVIMPACT_TEST_PAUSE_AT=<point> (tests only): prints `paused at <point>` on stderr and holds the
 * rebuild there, so a test can kill the process at that exact moment; a Ctrl-C or SIGTERM (`signal`)
 * ends the hold, so a test can interrupt the command there too.
 */
export function testPause(env: NodeJS.ProcessEnv, io: Io, signal?: AbortSignal): PauseAt | undefined {
  const wanted = env.NAVIMPACT_TEST_PAUSE_AT;
  if (!wanted) return undefined;
  return async (point) => {
    if (point !== wanted) return;
    io.err(`paused at ${point}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, TEST_PAUSE_MS);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
  };
}
