/** Stable codes for the schema's own failures; connection and server failures are @navimpact/server's DbError. */
export type MigrationErrorCode = 'MIGRATION_FAILED';

/** A migration that failed and was rolled back, with the command that fixes it. */
export class MigrationError extends Error {
  readonly code: MigrationErrorCode;
  readonly hint: string;

  constructor(code: MigrationErrorCode, message: string, hint: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
    this.code = code;
    this.hint = hint;
  }

  static migrationFailed(name: string, cause: unknown): MigrationError {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    return new MigrationError('MIGRATION_FAILED', `Migration ${name} failed and was rolled back: ${reason}.`, hintFor(sqlState(cause)), cause);
  }
}

// The migration is only at fault when the server ran it and refused it; a missing privilege or a
// server that went away needs another fix, and saying "fix the migration" would send people astray.
function hintFor(code: string | undefined): string {
  if (code === '42501') {
    return 'The role in DATABASE_URL may not change the schema: run it as the database owner (or a role that may create and drop its tables); nothing of it was applied.';
  }
  if (code !== undefined && (/^57P0[123]$/.test(code) || code.startsWith('08') || code === 'ECONNRESET' || code === 'EPIPE')) {
    return 'The server shut down or the connection dropped during the migration; nothing of it was applied. Run the command again once the server is up.';
  }
  return 'Fix the migration, then run `navimpact migrate` again; nothing of it was applied.';
}

// The driver's SQLSTATE (or errno), on the error or on one of its causes (MikroORM copies it onto its own exceptions).
function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
