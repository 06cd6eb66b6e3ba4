import { PRESET_NAMES, resolveSeedOptions } from '@navimpact/seeds';
import type { SeedOptions, SeedReport } from '@navimpact/seeds';
import { redactUrl } from '@navimpact/server';
import type { Flag } from '../args.ts';
import { rowsTable } from '../format.ts';
import type { Io } from '../io.ts';
import type { DestroyOverrides } from '../operations/guard.ts';
import type { Target } from '../operations/target.ts';
import { redactText } from '../report.ts';

/** The flags that decide a seeded database's content, shared by fresh, reset and seed. */
export const SEED_FLAGS = {
  preset: { type: 'string', value: 'name', description: `Seed preset: ${PRESET_NAMES.join(' or ')} (default demo).` },
  seed: { type: 'string', value: 'n', description: 'Seed number; the same seed and date give the same rows (default 42).' },
  date: { type: 'string', value: 'YYYY-MM-DD', description: 'The "today" the data is built around (default 2026-07-01).' },
  scale: { type: 'string', value: 'k', description: 'Multiplies the demo volume, up to 100 (default 1).' },
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

/** Validates the seed flags, before anything is touched; throws SeedError on a bad value. */
export function seedOptionsFrom(values: { preset?: string; seed?: string; date?: string; scale?: string }): SeedOptions {
  return resolveSeedOptions({ preset: values.preset, seed: values.seed, date: values.date, scale: values.scale });
}

/** Prints a progress line as a bullet, with any URL in it redacted. */
export function progressPrinter(io: Io): (line: string) => void {
  return (line) => io.out(`• ${redactText(line)}`);
}

/**
 * Prints the database's URL, the rows written per table, and the total time. The embedded server's
 * URL is printed whole (its password is the fixed local one), so it can be pasted into psql;
 * a DATABASE_URL's password is redacted.
 */
export function printSeeded(io: Io, target: Target, seed: SeedReport, startedAt: number): void {
  io.out('');
  io.out(`database ${target.source === 'embedded' ? target.url : redactUrl(target.url)}`);
  for (const line of rowsTable(seed.rows, seed.totalRows)) io.out(line);
  io.out(`done in ${Math.round(performance.now() - startedAt)} ms`);
}
