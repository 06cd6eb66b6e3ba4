// navimpact stop
// Reads:  NAVIMPACT_PGDATA, NAVIMPACT_PGPORT (see `start`).
// Writes: stops the embedded server (fast shutdown: open sessions are closed, data is kept).
// Exit:   0 stopped or was not running; 1 pg_ctl failed (message + hint).
import { defineCommand } from '../args.ts';
import { stopServer } from '../operations/server.ts';

/** `navimpact stop`: stops the embedded PostgreSQL server. */
export const command = defineCommand({
  summary: 'Stop the embedded PostgreSQL server; its data is kept.',
  flags: {},
  async run(_values, { io, env }) {
    const { stopped } = await stopServer(env);
    io.out(stopped ? 'Embedded PostgreSQL stopped.' : 'Embedded PostgreSQL was not running.');
    return 0;
  },
});
