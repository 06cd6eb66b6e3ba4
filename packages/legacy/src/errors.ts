import { redactUrl } from '@navimpact/server';

/** Stable codes of LegacyError. */
export type LegacyErrorCode = 'NOT_EMPTY' | 'BAD_OPTION' | 'NO_TARGET';

/** An error of the legacy toolkit, with a hint that says how to fix it. */
export class LegacyError extends Error {
  readonly code: LegacyErrorCode;
  readonly hint: string;

  constructor(code: LegacyErrorCode, message: string, hint: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'LegacyError';
    this.code = code;
    this.hint = hint;
  }

  /** The target database already has tables. */
  static notEmpty(url: string, tables: number): LegacyError {
    return new LegacyError('NOT_EMPTY', `The database ${redactUrl(url)} already has ${tables} tables; a legacy database is built only into an empty one.`,
      'Point --url at a new database name (it is created when missing), or drop this one first.');
  }

  /** An option has a value that cannot work. */
  static badOption(name: string, value: unknown, expected: string): LegacyError {
    return new LegacyError('BAD_OPTION', `--${name} ${String(value)} is not ${expected}.`, `Pass --${name} as ${expected}.`);
  }

  /** No URL given and no DATABASE_URL. */
  static noTarget(): LegacyError {
    return new LegacyError('NO_TARGET', 'No target database: pass --url or set DATABASE_URL.',
      'npm run legacy:build -w @navimpact/legacy -- --rows 1000000 --url postgres://postgres@127.0.0.1:5432/navimpact_legacy');
  }
}
