import { endpointLabel, isLocalUrl } from './database-url.ts';
import { redactUrl } from './redact.ts';

export { redactSecrets, redactUrl } from './redact.ts';

/** Stable codes for the failures a user can act on; the CLI prints message + hint for these. */
export type DbErrorCode =
  | 'BAD_URL'
  | 'BAD_OPTION'
  | 'UNREACHABLE'
  | 'AUTH_FAILED'
  | 'NO_DATABASE'
  | 'SERVER_FAILED'
  | 'REMOTE_TARGET'
  | 'NOT_POSTGRES'
  | 'SSL_FAILED'
  | 'SERVER_SHUTDOWN'
  | 'CONNECTION_LOST'
  | 'NOT_PERMITTED'
  | 'PORT_IN_USE'
  | 'BAD_DATA_DIR'
  | 'DISK_FULL'
  | 'BAD_BACKUP'
  | 'FILE_EXISTS'
  | 'UNSUPPORTED_OBJECT';

/** A database failure with a stable code, one sentence of message and the command that fixes it. */
export class DbError extends Error {
  readonly code: DbErrorCode;
  readonly hint: string;

  constructor(code: DbErrorCode, message: string, hint: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'DbError';
    this.code = code;
    this.hint = hint;
  }

  static badUrl(url: string, cause?: unknown): DbError {
    return new DbError(
      'BAD_URL',
      `DATABASE_URL is not a valid PostgreSQL URL: ${redactUrl(url)}.`,
      'Use the form postgres://user:password@host:5432/database, or unset DATABASE_URL to use the embedded server.',
      cause,
    );
  }

  static unreachable(url: string, cause?: unknown): DbError {
    // Only a server on this machine can be the embedded one; for another host, `navimpact start` is no help.
    const hint = isLocal(url)
      ? 'Start one with `navimpact start`, or point DATABASE_URL at a running server.'
      : `Check that the server at ${endpoint(url)} is running and reachable from this machine (VPN, firewall), and the host and port in DATABASE_URL.`;
    return new DbError('UNREACHABLE', `No PostgreSQL server answers at ${redactUrl(url)}.`, hint, cause);
  }

  static notPostgres(url: string, ms: number, cause?: unknown): DbError {
    return new DbError(
      'NOT_POSTGRES',
      `Something answers at ${endpoint(url)} but it is not PostgreSQL, or it did not answer within ${ms / 1000} s.`,
      'Check the host and port of DATABASE_URL (or NAVIMPACT_PGPORT); for a slow server, add ?connect_timeout=<seconds> to the URL or set PGCONNECT_TIMEOUT.',
      cause,
    );
  }

  static sslFailed(url: string, cause?: unknown): DbError {
    return new DbError(
      'SSL_FAILED',
      `Could not start SSL with ${endpoint(url)}: the server does not support SSL, or it is not PostgreSQL.`,
      'For a server without SSL (a local one), remove sslmode/ssl from DATABASE_URL or set sslmode=disable.',
      cause,
    );
  }

  static shutDownDuringCommand(cause?: unknown): DbError {
    return new DbError(
      'SERVER_SHUTDOWN',
      'The PostgreSQL server shut down during the command.',
      'Start it again (`navimpact start` for the embedded server) and run the command again; `fresh` keeps the old database until the new one is complete.',
      cause,
    );
  }

  static connectionLost(cause?: unknown): DbError {
    return new DbError(
      'CONNECTION_LOST',
      'The connection to PostgreSQL was lost during the command.',
      'Check that the server still runs (`navimpact status` for the embedded one) and is reachable, then run the command again.',
      cause,
    );
  }

  static notPermitted(detail: string, cause?: unknown): DbError {
    return new DbError(
      'NOT_PERMITTED',
      `The role in DATABASE_URL lacks a privilege this command needs: ${detail}.`,
      'Run it as the database owner, or grant the role what the message names.',
      cause,
    );
  }

  static serverShuttingDown(url: string, cause?: unknown): DbError {
    return new DbError(
      'SERVER_SHUTDOWN',
      `The PostgreSQL server at ${endpoint(url)} is starting up or shutting down.`,
      'Wait a moment and run the command again; for the embedded server, `navimpact start` waits until it is ready.',
      cause,
    );
  }

  static authFailed(url: string, cause?: unknown): DbError {
    return new DbError(
      'AUTH_FAILED',
      `PostgreSQL refused the user or password in ${redactUrl(url)}.`,
      'Check the user and password in DATABASE_URL.',
      cause,
    );
  }

  static noDatabase(url: string, cause?: unknown): DbError {
    return new DbError(
      'NO_DATABASE',
      `The database in ${redactUrl(url)} does not exist.`,
      'Create it first (createdb), or run `navimpact fresh` against a local server to build it.',
      cause,
    );
  }

  static serverFailed(what: string, detail: string, cause?: unknown): DbError {
    return new DbError(
      'SERVER_FAILED',
      `The embedded PostgreSQL server could not ${what}: ${detail}.`,
      'Run `navimpact stop` then `navimpact start`; the server log is in the data folder (postgres.log).',
      cause,
    );
  }

  static badOption(name: string, value: string, expected: string): DbError {
    return new DbError(
      'BAD_OPTION',
      `${name} must be ${expected}, not "${value}".`,
      `Fix ${name} in your environment, or unset it to use the default.`,
    );
  }

  static remoteTarget(url: string, command: string, reason = 'the command destroys data'): DbError {
    return new DbError(
      'REMOTE_TARGET',
      `Refusing to run \`${command}\` against ${redactUrl(url)}: it is not on this machine and ${reason}.`,
      `Add --force if you really mean to run it there.`,
    );
  }

  static portInUse(port: number, cause?: unknown): DbError {
    return new DbError(
      'PORT_IN_USE',
      `The embedded PostgreSQL server cannot listen on port ${port}: another program already does.`,
      `Set NAVIMPACT_PGPORT to a free port, or stop the program on port ${port} (\`lsof -i :${port}\` names it).`,
      cause,
    );
  }

  static badDataDir(dataDir: string, why: string, cause?: unknown): DbError {
    return new DbError(
      'BAD_DATA_DIR',
      `The embedded PostgreSQL server cannot use ${dataDir} as its data folder: ${why}.`,
      'Point NAVIMPACT_PGDATA at a new or empty folder (an absolute path), or unset it to use apps/sandbox/.pgdata.',
      cause,
    );
  }

  static diskFull(dataDir: string, freeBytes: number | null, cause?: unknown): DbError {
    const free = freeBytes === null ? '' : ` (${Math.floor(freeBytes / 1024 / 1024)} MB free)`;
    return new DbError(
      'DISK_FULL',
      `The disk that holds ${dataDir} is full${free}: the embedded PostgreSQL server needs about 200 MB there.`,
      'Free some space on that disk, or point NAVIMPACT_PGDATA at a folder on another one.',
      cause,
    );
  }

  static badBackup(file: string, why: string, cause?: unknown): DbError {
    return new DbError(
      'BAD_BACKUP',
      `The backup file ${file} is unusable: ${why}.`,
      'Nothing was changed. Use another backup file, or make a new one with `navimpact backup`.',
      cause,
    );
  }

  static fileExists(file: string): DbError {
    return new DbError('FILE_EXISTS', `${file} already exists.`, 'Choose another --output, or add --force to replace it.');
  }

  static unsupportedObjects(objects: string[]): DbError {
    const shown = objects.slice(0, 5).join(', ') + (objects.length > 5 ? ` and ${objects.length - 5} more` : '');
    return new DbError(
      'UNSUPPORTED_OBJECT',
      `The database has objects this backup cannot reproduce yet: ${shown}.`,
      'Back it up with pg_dump for now, and tell the toolkit maintainers which objects these are.',
    );
  }
}

// For messages only: a URL that cannot be read falls back to its redacted self.
function endpoint(url: string): string {
  try {
    return endpointLabel(url);
  } catch {
    return redactUrl(url);
  }
}

function isLocal(url: string): boolean {
  try {
    return isLocalUrl(url);
  } catch {
    return false;
  }
}
