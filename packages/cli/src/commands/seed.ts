// navimpact seed [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K | --rows N] [--force] [--force-production]
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: inserts the seed into a migrated, empty database; refuses one that has rows or pending
//         migrations. Validates every flag, and refuses a DATABASE_URL on another machine unless
//         --force, before connecting to anything.
//         Then, before any write, refuses a database recorded as production unless --force-production,
//         and one with tables but no NavImpact record unless --force (see operations/guard.ts).
//         Then records the database (how: seed), keeping its environment (default development).
// Exit:   0 seeded; 1 bad option, refused, not migrated, not empty, or the seed failed; 2 bad command line;
//         130 Ctrl-C, 143 SIGTERM (the seed's transaction is rolled back).
import { defineCommand } from '../args.ts';
import { seedTarget } from '../operations/seed.ts';
import { assertSafeToDestroy } from '../operations/guard.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { seedProgress } from './_seed-progress.ts';
import { DESTROY_FLAGS, destroyOverrides, SEED_FLAGS, printSeeded, seedOptionsFrom, stopWhenAborted } from './_shared.ts';

/** `navimpact seed`: fills a migrated, empty database. */
export const command = defineCommand({
  summary: 'Seed the target database, which must be migrated and empty.',
  flags: { ...SEED_FLAGS, ...DESTROY_FLAGS },
  cancellable: true,
  async run(values, { io, env, signal }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'seed', force: values.force === true }, onRestored: io.err });
    for (const note of targetNotes(target)) io.err(note);
    await assertSafeToDestroy(target.url, 'seed', destroyOverrides(values));
    const progress = seedProgress(io);
    const onProgress = stopWhenAborted(signal, 'the seed was rolled back; nothing was written.');
    const report = await seedTarget(target.url, options, { onProgress, onRows: progress.onRows }).finally(progress.finish);
    printSeeded(io, target, options, report, startedAt);
    return 0;
  },
});
