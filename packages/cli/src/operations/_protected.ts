import { databaseName } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { MAINTENANCE_DATABASE } from './target.ts';

// The server's own databases: dropping or rewriting them breaks the server for everyone, not just us.
const SERVER_DATABASES = new Set([MAINTENANCE_DATABASE, 'template0', 'template1']);

/** Throws CliError.protectedDatabase when the URL names one of the server's own databases; connects to nothing. */
export function assertNotServerDatabase(url: string, command: string): void {
  const database = databaseName(url);
  if (SERVER_DATABASES.has(database)) throw CliError.protectedDatabase(database, command);
}
