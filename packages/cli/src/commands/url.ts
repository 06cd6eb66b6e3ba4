// navimpact url
// Reads:  DATABASE_URL; without it NAVIMPACT_PGDATA, NAVIMPACT_PGPORT (see `start`), and whether the
//         embedded server runs and has its `navimpact` database.
// Writes: nothing: it never starts a server nor creates a database. Prints the URL, password
//         included, and nothing else on stdout. Without DATABASE_URL, one line on stderr when the
//         embedded server is not running or has no `navimpact` database yet, naming the command that fixes it.
//         Puts back a database an interrupted `fresh` left missing on a running local server, saying so on stderr.
// Exit:   0 printed; 1 the URL could not be worked out (message + hint on stderr).
import { defineCommand } from '../args.ts';
import { describeUrl } from '../operations/url.ts';

/** `navimpact url`: prints the connection URL of the target database, for scripts. */
export const command = defineCommand({
  summary: 'Print the connection URL of the target database (for scripts: `psql "$(navimpact url)"`).',
  flags: {},
  async run(_values, { io, env }) {
    const { url, notes } = await describeUrl(env, io.err);
    // The one place the password is printed: a script asked for a URL it can connect with.
    io.out(url);
    for (const note of notes) io.err(note);
    return 0;
  },
});
