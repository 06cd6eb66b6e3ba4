// navimpact migration:create --name <name>
// Reads:  the entities of @navimpact/schema and its migrations; DATABASE_URL or the embedded
//         server, only for the server on which it builds a scratch database.
// Writes: creates navimpact_migration_<random> on that server and always drops it; writes one new
//         file into packages/schema/migrations when the entities changed. The target database is untouched.
//         Refuses a server on another machine unless --force, before connecting.
// Exit:   0 written or no changes; 1 bad name, refused, unreachable, or the existing migrations fail; 2 no --name.
import { defineCommand } from '../args.ts';
import { CliError } from '../errors.ts';
import { createMigration } from '../operations/create-migration.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';

/** `navimpact migration:create`: writes the migration for whatever the entities changed. */
export const command = defineCommand({
  summary: 'Write a migration for what the entities changed since the last migration.',
  flags: {
    name: { type: 'string', value: 'what-changed', description: 'What the migration does, kebab- or snake-case (add-grant-notes).' },
    force: { type: 'boolean', description: 'Allow a DATABASE_URL whose host is not this machine (a scratch database is created and dropped there).' },
  },
  async run(values, { io, env }) {
    if (values.name === undefined) throw CliError.usage('migration:create needs --name <what-changed>.', 'migration:create');
    const reason = 'the command creates and drops a scratch database there';
    const target = await resolveTarget(env, { destructive: { command: 'migration:create', force: values.force === true, reason } });
    for (const note of targetNotes(target)) io.err(note);
    const created = await createMigration(target.url, values.name);
    io.out(created.path ? `Created ${created.path}` : 'No changes: the entities match the migrations.');
    return 0;
  },
});
