/** Stable codes for the failures a user can act on; the CLI prints message + hint for these. */
export type DbErrorCode =
  | 'BAD_URL'
  | 'BAD_OPTION'
  | 'UNREACHABLE'
  | 'AUTH_FAILED'
  | 'NO_DATABASE'
  | 'SERVER_FAILED'
  | 'REMOTE_TARGET'
  | 'PORT_IN_USE'
  | 'BAD_DATA_DIR'
  | 'DISK_FULL';

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
