// navimpact start
// Reads:  NAVIMPACT_PGDATA (absolute data folder, default apps/sandbox/.pgdata), NAVIMPACT_PGPORT (default 54329).
// Writes: initialises the data folder on first use; starts a detached PostgreSQL that outlives the command.
// Exit:   0 started or already running; 1 the server could not start (message + hint).
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { startServer } from '../operations/server.ts';

/** `navimpact start`: starts the embedded PostgreSQL server. */
export const command = defineCommand({
  summary: 'Start the embedded PostgreSQL server; it keeps running after the command.',
  flags: {},
  async run(_values, { io, env }) {
    const report = await startServer(env);
    const state = report.alreadyRunning
      ? 'already running'
      : `started in ${report.ms} ms${report.initialised ? ', with a new data folder' : ''}`;
    io.out(`Embedded PostgreSQL ${state}: ${redactUrl(report.url)}`);
    return 0;
  },
});
