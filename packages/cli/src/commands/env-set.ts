// navimpact env:set <name> [--force-production]
// Reads:  DATABASE_URL; without it the `navimpact` database on the embedded server (started if needed).
// Writes: the database's record (navimpact_metadata): its environment. A database without a record
//         gets one that says it was marked by hand. Taking production away needs --force-production.
//         Validates the name before connecting to anything.
// Exit:   0 set; 1 bad name, refused, unreachable or no such database; 2 no name.
import { databaseName } from '@navimpact/server';
import { isEnvironmentName } from '@navimpact/schema';
import { defineCommand } from '../args.ts';
import { CliError, PRODUCTION_ALIASES } from '../errors.ts';
import { setEnvironment } from '../operations/record.ts';
import { resolveTarget } from '../operations/target.ts';
import { FORCE_PRODUCTION_FLAG } from './_shared.ts';

/** `navimpact env:set <name>`: records which environment the target database is. */
export const command = defineCommand({
  summary: 'Record the target database\'s environment: development, test, production, or a name of your own.',
  positionals: [{ name: 'name', description: 'development, test, production, or your own lowercase name (staging).' }],
  flags: { 'force-production': { ...FORCE_PRODUCTION_FLAG, description: 'Allow taking production away from a database recorded as production.' } },
  async run(values, { io, env, positionals }) {
    const [environment] = positionals;
    if (environment === undefined) throw CliError.usage('env:set needs the environment: navimpact env:set <name>.', 'env:set');
    if (!isEnvironmentName(environment) || PRODUCTION_ALIASES.has(environment)) throw CliError.badEnvironment(environment);
    const target = await resolveTarget(env);
    const { before, after } = await setEnvironment(target.url, environment, { forceProduction: values['force-production'] === true });
    const was = before === null ? 'it had no record; it is now marked by hand' : `it was ${before.environment}`;
    io.out(`${databaseName(target.url)} is now the ${after.environment} environment (${was}).`);
    return 0;
  },
});
