// navimpact url
// Reads:  DATABASE_URL; without it NAVIMPACT_PGDATA, NAVIMPACT_PGPORT (see `start`).
// Writes: without DATABASE_URL, starts the embedded server if needed and creates its `navimpact`
//         database if missing. Prints the URL, password included, and nothing else on stdout.
//         Puts back a database an interrupted `fresh` left missing, and says so on stderr.
// Exit:   0 printed; 1 the target could not be resolved (message + hint on stderr).
import { defineCommand } from '../args.ts';
import { resolveTarget } from '../operations/target.ts';

/** `navimpact url`: prints the connection URL of the target database, for scripts. */
export const command = defineCommand({
  summary: 'Print the connection URL of the target database (for scripts: `psql "$(navimpact url)"`).',
  flags: {},
  async run(_values, { io, env }) {
    const target = await resolveTarget(env, { ensureDevDatabase: true, onRestored: io.err });
    // The one place the password is printed: a script asked for a URL it can connect with.
    io.out(target.url);
    return 0;
  },
});
