import { databaseName } from '@navimpact/server';
import { withScratchDatabase } from '@navimpact/server/testing';
import { query } from './_cli.ts';

/** The names adopt may leave beside a database: its copy being built and the legacy database it keeps. */
export const besides = (url: string) => [`${databaseName(url)}__building`, `${databaseName(url)}__legacy`];

/** A scratch database for an adoption test; the helper drops it, and we drop what adopt put beside it. */
export async function scratchLegacy<T>(server: string, fn: (url: string) => Promise<T>): Promise<T> {
  return withScratchDatabase(server, async (url) => {
    try {
      return await fn(url);
    } finally {
      for (const name of besides(url)) await query(server, `drop database if exists "${name}" with (force)`);
    }
  }, 'navimpact_adopt');
}

/** Which of the databases adopt may leave beside `url` exist on `server`. */
export async function leftBeside(server: string, url: string): Promise<string[]> {
  const rows = await query<{ datname: string }>(server, 'select datname from pg_database where datname = any($1) order by 1', [besides(url)]);
  return rows.map((r) => r.datname);
}
