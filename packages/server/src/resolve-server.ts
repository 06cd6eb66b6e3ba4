import { embeddedServerOptions, embeddedServerUrl, startEmbeddedServer } from './embedded-server.ts';
import { parseDatabaseUrl } from './database-url.ts';

/** The database a developer works in on the embedded server. */
export const DEV_DATABASE = 'navimpact';

/** Where the target database came from: the environment, or the embedded server. */
export interface ResolvedDatabase {
  url: string;
  source: 'DATABASE_URL' | 'embedded';
}

/**
 * The database to work with: DATABASE_URL when set, otherwise the `navimpact` database on the
 * embedded server, which is started (and initialised) first if it is not running.
 */
export async function resolveDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedDatabase> {
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) {
    parseDatabaseUrl(fromEnv);
    return { url: fromEnv, source: 'DATABASE_URL' };
  }
  const options = embeddedServerOptions(env);
  await startEmbeddedServer(options);
  return { url: embeddedServerUrl(options, DEV_DATABASE), source: 'embedded' };
}
