// navimpact rollback [--all] [--force]
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: reverts the last migration (or all) in one locked transaction; their down() drops data.
//         Refuses a DATABASE_URL on another machine unless --force, before connecting.
// Exit:   0 rolled back or nothing to roll back; 1 refused, unreachable, or a down() failed.
import { defineCommand } from '../args.ts';
import { rollbackDatabase } from '../operations/migrate.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { FORCE_FLAG } from './_shared.ts';

/** `navimpact rollback`: reverts the last migration, or all of them. */
export const command = defineCommand({
  summary: 'Revert the last migration (or all of them); drops the data they created.',
  flags: {
    all: { type: 'boolean', description: 'Revert every applied migration, leaving an empty schema.' },
    force: FORCE_FLAG,
  },
  async run(values, { io, env }) {
    const target = await resolveTarget(env, { destructive: { command: 'rollback', force: values.force === true } });
    for (const note of targetNotes(target)) io.err(note);
    const { applied } = await rollbackDatabase(target.url, { all: values.all === true });
    if (applied.length === 0) io.out('Nothing to roll back.');
    for (const name of applied) io.out(`reverted ${name}`);
    return 0;
  },
});
