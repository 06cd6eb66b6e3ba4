import { DEV_DATABASE, databaseExists, embeddedServerOptions, embeddedServerStatus, isLocalUrl, resolveDatabase, withDatabase } from '@navimpact/server';
import { restoreTarget } from './_swap.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

/**
 * The target's URL, worked out without starting or creating anything, and a line for each reason it
 * may not connect yet. Printing the URL of a stopped server is deliberate: a script or an .env file
 * wants the address, which does not change, and the note says which command makes it answer.
 * A database an interrupted `fresh` left missing on a running local server is put back first.
 */
export async function describeUrl(env: NodeJS.ProcessEnv, onRestored: (line: string) => void): Promise<{ url: string; notes: string[] }> {
  const { url, source } = await resolveDatabase(env, { start: false });
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  if (source !== 'embedded') {
    if (isLocalUrl(url)) await restoreTarget(serverUrl, url, onRestored).catch(() => {});
    return { url, notes: [] };
  }
  const status = await embeddedServerStatus(embeddedServerOptions(env));
  if (!status.running) {
    return { url, notes: ['The embedded server is not running: `navimpact start` starts it (this URL works once it runs).'] };
  }
  await restoreTarget(serverUrl, url, onRestored).catch(() => {});
  // Only a question to the server; anything odd here is left for the command that connects to report.
  const exists = await databaseExists(serverUrl, DEV_DATABASE).catch(() => true);
  if (exists) return { url, notes: [] };
  return { url, notes: [`The database ${DEV_DATABASE} does not exist yet: \`navimpact migrate\` creates it, \`navimpact fresh\` builds it seeded.`] };
}
