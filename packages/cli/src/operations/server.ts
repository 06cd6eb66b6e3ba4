import { DEV_DATABASE, embeddedServerOptions, embeddedServerStatus, embeddedServerUrl, startEmbeddedServer, stopEmbeddedServer } from '@navimpact/server';
import type { EmbeddedServerStatus } from '@navimpact/server';

/** What `start` did: the dev database's URL, whether it was already running, and how long it took. */
export interface StartReport {
  url: string;
  alreadyRunning: boolean;
  initialised: boolean;
  ms: number;
}

/** Starts the embedded server (detached, it outlives this process); idempotent. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<StartReport> {
  const options = embeddedServerOptions(env);
  const result = await startEmbeddedServer(options);
  return {
    url: embeddedServerUrl(options, DEV_DATABASE),
    alreadyRunning: !result.started,
    initialised: result.initialised,
    ms: result.ms,
  };
}

/** Stops the embedded server; `stopped` is false when it was not running. */
export async function stopServer(env: NodeJS.ProcessEnv): Promise<{ stopped: boolean }> {
  return stopEmbeddedServer(embeddedServerOptions(env));
}

/** The embedded server's state, and whether DATABASE_URL sends the commands elsewhere. */
export async function serverStatus(env: NodeJS.ProcessEnv): Promise<EmbeddedServerStatus & { databaseUrl: string | null }> {
  const status = await embeddedServerStatus(embeddedServerOptions(env));
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return { ...status, url: embeddedServerUrl(status, DEV_DATABASE), databaseUrl };
}
