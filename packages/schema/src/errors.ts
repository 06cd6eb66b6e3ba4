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
    return new MigrationError(
      'MIGRATION_FAILED',
      `Migration ${name} failed and was rolled back: ${reason}.`,
      'Fix the migration, then run `navimpact migrate` again; nothing of it was applied.',
      cause,
    );
  }
}
