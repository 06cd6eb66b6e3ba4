// navimpact fresh [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K | --rows N] [--force] [--force-production]
// Reads:  DATABASE_URL; without it the embedded server (see `start`), started if needed.
// Writes: builds <db>__building (a copy of the server's migrated template navimpact_migrated_<hash
//         of the migration files>, which it builds and keeps the first time, dropping those of other
//         migrations; then seeded, marked complete), then in one transaction renames
//         the target to <db>__old (closing its sessions) and the new one into place, and drops the
//         old one. On failure or Ctrl-C only the temporary one is dropped. First puts back a
//         database that an interrupted swap left missing.
//         Validates every flag, and refuses a DATABASE_URL on another machine unless --force,
//         before connecting to anything.
//         Then, before any write, refuses a database recorded as production unless --force-production,
//         and one with tables but no NavImpact record unless --force (see operations/guard.ts).
//         The new copy records itself (navimpact_metadata), keeping the old one's environment.
// Exit:   0 rebuilt; 1 bad option, refused, unreachable, migration or seed failed; 2 bad command line;
//         130 Ctrl-C, 143 SIGTERM (stopped at the next safe point, one line says what was left).
import { defineCommand } from '../args.ts';
import { freshDatabase } from '../operations/fresh.ts';
import { assertSafeToDestroy } from '../operations/guard.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { seedProgress } from './_seed-progress.ts';
import { DESTROY_FLAGS, destroyOverrides, SEED_FLAGS, printSeeded, progressPrinter, seedOptionsFrom, testPause } from './_shared.ts';

/** `navimpact fresh`: an empty database, every migration, and the seed, swapped in atomically. */
export const command = defineCommand({
  summary: 'Rebuild the target database: empty, every migration, then the seed.',
  flags: { ...SEED_FLAGS, ...DESTROY_FLAGS },
  cancellable: true,
  async run(values, { io, env, signal }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'fresh', force: values.force === true }, onRestored: io.err });
    for (const note of targetNotes(target)) io.err(note);
    // Judged under fresh's lock, so a concurrent run cannot change what the guard saw.
    const beforeWrite = () => assertSafeToDestroy(target.url, 'fresh', destroyOverrides(values));
    const progress = seedProgress(io);
    const hooks = { onStep: progressPrinter(io), signal, pauseAt: testPause(env, io), beforeWrite, seed: { onRows: progress.onRows } };
    const report = await freshDatabase(target.url, options, hooks).finally(progress.finish);
    printSeeded(io, target, options, report.seed, startedAt);
    return 0;
  },
});
