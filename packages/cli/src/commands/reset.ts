// navimpact reset [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K | --rows N] [--force] [--force-production]
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: in place: reverts every migration (their down() drops the tables), migrates up, seeds.
//         Not atomic as a whole: a failed seed (one transaction) leaves it migrated and empty.
//         Validates every flag, and refuses a DATABASE_URL on another machine unless --force,
//         before connecting to anything.
//         Then, before any write, refuses a database recorded as production unless --force-production,
//         and one with tables but no NavImpact record unless --force (see operations/guard.ts).
//         Rewrites the database's record (how: reset), keeping its environment.
// Exit:   0 reset; 1 bad option, refused, unreachable, a migration or the seed failed; 2 bad command line.
import { defineCommand } from '../args.ts';
import { resetDatabase } from '../operations/reset.ts';
import { assertSafeToDestroy } from '../operations/guard.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { DESTROY_FLAGS, destroyOverrides, SEED_FLAGS, printSeeded, progressPrinter, seedOptionsFrom } from './_shared.ts';

/** `navimpact reset`: rollback all, migrate, seed; the path that exercises every down(). */
export const command = defineCommand({
  summary: 'Roll back every migration, migrate up again and seed, in place (tests the down() methods).',
  flags: { ...SEED_FLAGS, ...DESTROY_FLAGS },
  async run(values, { io, env }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'reset', force: values.force === true }, onRestored: io.err });
    for (const note of targetNotes(target)) io.err(note);
    await assertSafeToDestroy(target.url, 'reset', destroyOverrides(values));
    const report = await resetDatabase(target.url, options, { onStep: progressPrinter(io) });
    printSeeded(io, target, options, report.seed, startedAt);
    return 0;
  },
});
