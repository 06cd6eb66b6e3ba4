// npx turbo run studio (or: npm run studio -w @navimpact/studio)
// Reads: DATABASE_URL, else the dev database on the embedded server (started if it is not running,
//        which is the only thing this command may write); PORT (default 4983); NAVIMPACT_PGPORT, NAVIMPACT_PGDATA.
// Serves: a read-only web app on 127.0.0.1 until Ctrl-C. Exit 1 when the port is taken.
import { serve } from '@hono/node-server';
import { resolveDatabase, redactUrl } from '@navimpact/server';
import { createStudio } from './studio.ts';

/** The studio's port when PORT is not set. */
const DEFAULT_PORT = 4983;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}

// The launcher alone uses @navimpact/server, to find (and start) the dev database as every other
// command does; the app itself only gets a URL, so it would run the same against any server.
let url: string;
try {
  url = (await resolveDatabase()).url;
} catch (error) {
  const { message, hint } = error as { message: string; hint?: string };
  console.error(`${message}${hint ? `\n${hint}` : ''}`);
  process.exit(1);
}

const studio = await createStudio({ url });
const server = serve({ fetch: studio.app.fetch, hostname: '127.0.0.1', port }, (info) => {
  console.log(`NavImpact studio on http://127.0.0.1:${info.port}/ (read-only, ${redactUrl(url)})`);
  console.log('Ctrl-C stops it.');
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=<another port>.` : error.message);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void studio.close().finally(() => process.exit(0));
  });
}
