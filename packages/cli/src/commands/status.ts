// navimpact status
// Reads:  NAVIMPACT_PGDATA, NAVIMPACT_PGPORT (see `start`), DATABASE_URL (only to say it is set).
// Writes: nothing.
// Exit:   0 whether the server runs or not; 1 the status could not be read.
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { serverStatus } from '../operations/server.ts';

/** `navimpact status`: reports the embedded server's state and where the commands point. */
export const command = defineCommand({
  summary: 'Show whether the embedded server runs, its pid, port and data folder.',
  flags: {},
  async run(_values, { io, env }) {
    const status = await serverStatus(env);
    io.out(`embedded server: ${status.running ? `running (pid ${status.pid ?? 'unknown'})` : 'not running'}`);
    io.out(`  initialised: ${status.initialised ? 'yes' : 'no (`navimpact start` initialises it)'}`);
    io.out(`  port:        ${status.port}`);
    io.out(`  data folder: ${status.dataDir}`);
    io.out(`  url:         ${redactUrl(status.url)}`);
    const target = status.databaseUrl ? `DATABASE_URL ${redactUrl(status.databaseUrl)}` : 'the embedded server';
    io.out(`commands target ${target}`);
    return 0;
  },
});
