import { databaseName } from '@navimpact/server';
import { CliError } from '../errors.ts';

/** The server's maintenance database, where CREATE/DROP DATABASE run. */
export const MAINTENANCE_DATABASE = 'postgres';

// The server's own databases: dropping or rewriting them breaks the server for everyone, not just us.
const SERVER_DATABASES = new Set([MAINTENANCE_DATABASE, 'template0', 'template1']);

/** True when the URL names one of the server's own databases (postgres, template0, template1). */
export function isServerDatabase(url: string): boolean {
  return SERVER_DATABASES.has(databaseName(url));
}

/** Throws CliError.protectedDatabase when the URL names one of the server's own databases; connects to nothing. */
export function assertNotServerDatabase(url: string, command: string): void {
  if (isServerDatabase(url)) throw CliError.protectedDatabase(databaseName(url), command);
}
