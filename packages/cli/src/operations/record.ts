import { isProduction, readDatabaseRecord, setDatabaseEnvironment, writeDatabaseRecord } from '@navimpact/schema';
import type { DatabaseRecord, RecordHow } from '@navimpact/schema';
import { databaseName, withClient } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { inspectDatabase, readFindings } from './guard.ts';
import type { DatabaseFindings } from './guard.ts';

/** The environment a database the toolkit makes gets when nothing says otherwise. */
export const DEFAULT_ENVIRONMENT = 'development';

/** Writes the toolkit's record into the database: made now, this way, for this environment. */
export async function recordDatabase(url: string, how: RecordHow, environment: string): Promise<DatabaseRecord> {
  return withClient(url, (client) => writeDatabaseRecord(client, { environment, how }));
}

/** The environment the database records, so a rebuild keeps it; development when it has none or does not exist. */
export async function keptEnvironment(url: string): Promise<string> {
  return (await inspectDatabase(url))?.record?.environment ?? DEFAULT_ENVIRONMENT;
}

/** What `env` shows: the database's record, or the tables it holds without one. */
export async function readEnvironment(url: string): Promise<DatabaseFindings> {
  return withClient(url, readFindings);
}

/** What `env:set` did: the record before (null when there was none) and after. */
export interface EnvironmentChange {
  before: DatabaseRecord | null;
  after: DatabaseRecord;
}

/**
 * Sets the database's environment, creating a by-hand record on a database without one. Taking
 * production away is refused without `forceProduction`: it would unlock every destructive command.
 */
export async function setEnvironment(url: string, environment: string, options: { forceProduction: boolean }): Promise<EnvironmentChange> {
  return withClient(url, async (client) => {
    const before = await readDatabaseRecord(client);
    if (isProduction(before) && environment !== before?.environment && !options.forceProduction) {
      throw CliError.leavingProduction(databaseName(url), environment);
    }
    return { before, after: await setDatabaseEnvironment(client, environment) };
  });
}
