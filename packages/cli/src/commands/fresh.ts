// navimpact fresh [--preset P] [--seed N] [--date YYYY-MM-DD] [--scale K] [--force] [--force-production]
// Reads:  DATABASE_URL; without it the embedded server (see `start`), started if needed.
// Writes: builds <db>__building (migrated, seeded), then drops the target database (closing its
//         sessions) and renames the new one into place. On failure only the temporary one is dropped.
//         Validates every flag, and refuses a DATABASE_URL on another machine unless --force,
//         before connecting to anything.
//         Then, before any write, refuses a database recorded as production unless --force-production,
//         and one with tables but no NavImpact record unless --force (see operations/guard.ts).
//         The new copy records itself (navimpact_metadata), keeping the old one's environment.
// Exit:   0 rebuilt; 1 bad option, refused, unreachable, migration or seed failed; 2 bad command line.
import { defineCommand } from '../args.ts';
import { freshDatabase } from '../operations/fresh.ts';
import { assertSafeToDestroy } from '../operations/guard.ts';
import { resolveTarget } from '../operations/target.ts';
import { DESTROY_FLAGS, destroyOverrides, SEED_FLAGS, printSeeded, progressPrinter, seedOptionsFrom } from './_shared.ts';

/** `navimpact fresh`: an empty database, every migration, and the seed, swapped in atomically. */
export const command = defineCommand({
  summary: 'Rebuild the target database: empty, every migration, then the seed.',
  flags: { ...SEED_FLAGS, ...DESTROY_FLAGS },
  async run(values, { io, env }) {
    const startedAt = performance.now();
    const options = seedOptionsFrom(values);
    const target = await resolveTarget(env, { destructive: { command: 'fresh', force: values.force === true } });
    await assertSafeToDestroy(target.url, 'fresh', destroyOverrides(values));
    const report = await freshDatabase(target.url, options, { onStep: progressPrinter(io) });
    printSeeded(io, target, report.seed, startedAt);
    return 0;
  },
});
