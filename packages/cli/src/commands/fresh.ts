// navimpact fresh [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K] [--force]
// Reads:  DATABASE_URL; without it the embedded server (see `start`), started if needed.
// Writes: builds <db>__building (migrated, seeded), then drops the target database (closing its
//         sessions) and renames the new one into place. On failure only the temporary one is dropped.
//         Validates every flag, and refuses a DATABASE_URL on another machine unless --force,
//         before connecting to anything.
// Exit:   0 rebuilt; 1 bad option, refused, unreachable, migration or seed failed; 2 bad command line.
import { defineCommand } from '../args.ts';
import { freshDatabase } from '../operations/fresh.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { FORCE_FLAG, SEED_FLAGS, printSeeded, progressPrinter, seedOptionsFrom } from './_shared.ts';

/** `navimpact fresh`: an empty database, every migration, and the seed, swapped in atomically. */
export const command = defineCommand({
  summary: 'Rebuild the target database: empty, every migration, then the seed.',
  flags: { ...SEED_FLAGS, force: FORCE_FLAG },
  async run(values, { io, env }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'fresh', force: values.force === true } });
    for (const note of targetNotes(target)) io.err(note);
    const report = await freshDatabase(target.url, options, { onStep: progressPrinter(io) });
    printSeeded(io, target, report.seed, startedAt);
    return 0;
  },
});
