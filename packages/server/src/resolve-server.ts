import { embeddedServerOptions, embeddedServerUrl, startEmbeddedServer } from './embedded-server.ts';
import { parseDatabaseUrl } from './database-url.ts';

/** The database a developer works in on the embedded server. */
export const DEV_DATABASE = 'navimpact';

/** Where the target database came from: the environment, or the embedded server. */
export interface ResolvedDatabase {
  url: string;
  source: 'DATABASE_URL' | 'embedded';
  /** True when this call started the embedded server, so the caller can say so. */
  started: boolean;
}

/**
 * The database to work with: DATABASE_URL when set, otherwise the `navimpact` database on the
 * embedded server, which is started (and initialised) first if it is not running, unless
 * `start: false` (a print-only or read-only command never starts anything).
 */
export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env, options: { start?: boolean } = {}): Promise<ResolvedDatabase> {
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) {
    parseDatabaseUrl(fromEnv);
    return { url: fromEnv, source: 'DATABASE_URL', started: false };
  }
  const server = embeddedServerOptions(env);
  if (options.start === false) return { url: embeddedServerUrl(server, DEV_DATABASE), source: 'embedded', started: false };
  // The URL carries the data folder's secret, which exists only once the folder is initialised.
  const { started } = await startEmbeddedServer(server);
  return { url: embeddedServerUrl(server, DEV_DATABASE), source: 'embedded', started };
}
