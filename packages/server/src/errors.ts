/** Stable codes for the failures a user can act on; the CLI prints message + hint for these. */
export type DbErrorCode =
  | 'BAD_URL'
  | 'BAD_OPTION'
  | 'UNREACHABLE'
  | 'AUTH_FAILED'
  | 'NO_DATABASE'
  | 'SERVER_FAILED'
  | 'REMOTE_TARGET'
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
    return new DbError(
      'UNREACHABLE',
      `No PostgreSQL server answers at ${redactUrl(url)}.`,
      'Start one with `navimpact start`, or point DATABASE_URL at a running server.',
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

  static remoteTarget(url: string, command: string): DbError {
    return new DbError(
      'REMOTE_TARGET',
      `Refusing to run \`${command}\` against ${redactUrl(url)}: it is not on this machine and the command destroys data.`,
      `Add --force if you really mean to rebuild that database.`,
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

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
