// navimpact migrate
// Reads:  DATABASE_URL; without it the embedded server (see `start`).
// Writes: applies pending migrations in one locked transaction; on the embedded server, creates the
//         `navimpact` database first if missing. Never creates a database on a DATABASE_URL server.
//         A database that had no tables and no record gets one (navimpact_metadata, development).
// Exit:   0 migrated or up to date; 1 unreachable, refused, or a migration failed (nothing applied).
import { defineCommand } from '../args.ts';
import { migrateDatabase } from '../operations/migrate.ts';
import { resolveTarget } from '../operations/target.ts';

/** `navimpact migrate`: applies the pending migrations. */
export const command = defineCommand({
  summary: 'Apply the pending migrations to the target database.',
  flags: {},
  async run(_values, { io, env }) {
    const target = await resolveTarget(env, { ensureDevDatabase: true });
    const { applied, recorded } = await migrateDatabase(target.url);
    if (applied.length === 0) io.out('Already up to date.');
    for (const name of applied) io.out(`applied ${name}`);
    if (recorded) io.out(`recorded as the ${recorded.environment} environment (change it with \`navimpact env:set <name>\`)`);
    return 0;
  },
});
