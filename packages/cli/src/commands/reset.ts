// navimpact reset [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K] [--force]
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: in place: reverts every migration (their down() drops the tables), migrates up, seeds.
//         Not atomic as a whole: a failed seed (one transaction) leaves it migrated and empty.
//         Validates every flag, and refuses a DATABASE_URL on another machine unless --force,
//         before connecting to anything.
// Exit:   0 reset; 1 bad option, refused, unreachable, a migration or the seed failed; 2 bad command line.
import { defineCommand } from '../args.ts';
import { resetDatabase } from '../operations/reset.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { FORCE_FLAG, SEED_FLAGS, printSeeded, progressPrinter, seedOptionsFrom } from './_shared.ts';

/** `navimpact reset`: rollback all, migrate, seed; the path that exercises every down(). */
export const command = defineCommand({
  summary: 'Roll back every migration, migrate up again and seed, in place (tests the down() methods).',
  flags: { ...SEED_FLAGS, force: FORCE_FLAG },
  async run(values, { io, env }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'reset', force: values.force === true } });
    for (const note of targetNotes(target)) io.err(note);
    const report = await resetDatabase(target.url, options, { onStep: progressPrinter(io) });
    printSeeded(io, target, report.seed, startedAt);
    return 0;
  },
});
