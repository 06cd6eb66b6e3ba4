// navimpact rollback [--all] [--force] [--force-production]
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: reverts the last migration (or all) in one locked transaction; their down() drops data.
//         Refuses a DATABASE_URL on another machine unless --force, before connecting.
//         Then, before any write, refuses a database recorded as production unless --force-production,
//         and one with tables but no NavImpact record unless --force (see operations/guard.ts).
// Exit:   0 rolled back or nothing to roll back; 1 refused, unreachable, or a down() failed.
import { defineCommand } from '../args.ts';
import { rollbackDatabase } from '../operations/migrate.ts';
import { assertSafeToDestroy } from '../operations/guard.ts';
import { resolveTarget } from '../operations/target.ts';
import { DESTROY_FLAGS, destroyOverrides } from './_shared.ts';

/** `navimpact rollback`: reverts the last migration, or all of them. */
export const command = defineCommand({
  summary: 'Revert the last migration (or all of them); drops the data they created.',
  flags: {
    all: { type: 'boolean', description: 'Revert every applied migration, leaving an empty schema.' },
    ...DESTROY_FLAGS,
  },
  async run(values, { io, env }) {
    const target = await resolveTarget(env, { destructive: { command: 'rollback', force: values.force === true } });
    await assertSafeToDestroy(target.url, 'rollback', destroyOverrides(values));
    const { applied } = await rollbackDatabase(target.url, { all: values.all === true });
    if (applied.length === 0) io.out('Nothing to roll back.');
    for (const name of applied) io.out(`reverted ${name}`);
    return 0;
  },
});
