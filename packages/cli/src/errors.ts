import { redactUrl } from '@navimpact/server';

/** Stable codes for the CLI's own failures; USAGE is a malformed command line (exit 2). */
export type CliErrorCode = 'USAGE' | 'BAD_NAME' | 'NOT_MIGRATED' | 'PROTECTED_DATABASE' | 'INTERRUPTED';

// The shell's convention: 128 + the signal's number.
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** The exit code of a command ended by the signal: 130 for SIGINT, 143 for SIGTERM. */
export function exitCodeForSignal(signal: string): number {
  return SIGNAL_EXIT[signal] ?? 130;
}

/** A failure of the command line or of a command's precondition, with the command that fixes it. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly hint: string;
  /** 2 for a command line that does not parse, 130/143 when interrupted by SIGINT/SIGTERM, else 1. */
  readonly exitCode: number;

  constructor(code: CliErrorCode, message: string, hint: string, exitCode = code === 'USAGE' ? 2 : 1) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.hint = hint;
    this.exitCode = exitCode;
  }

  /** A command stopped by Ctrl-C or SIGTERM; `outcome` says what state it left behind. */
  static interrupted(signal: unknown, outcome: string): CliError {
    const name = typeof signal === 'string' ? signal : 'SIGINT';
    return new CliError('INTERRUPTED', `Interrupted (${name}): ${outcome}`, '', exitCodeForSignal(name));
  }

  static usage(message: string, command?: string): CliError {
    const help = command ? `navimpact ${command} --help` : 'navimpact --help';
    return new CliError('USAGE', message, `Run \`${help}\`.`);
  }

  static unknownCommand(name: string, known: string[]): CliError {
    return new CliError('USAGE', `Unknown command "${name}". Commands: ${known.join(', ')}.`, '');
  }

  static badName(value: string): CliError {
    return new CliError(
      'BAD_NAME',
      `A migration name is lowercase words joined by - or _, not "${value}".`,
      'For example --name add-grant-notes.',
    );
  }

  static notMigrated(url: string, pending: string[]): CliError {
    return new CliError(
      'NOT_MIGRATED',
      `${redactUrl(url)} has ${pending.length} pending migration(s): ${pending.join(', ')}.`,
      'Run `navimpact migrate` first, or `navimpact fresh` to rebuild the database.',
    );
  }

  static protectedDatabase(name: string, command: string): CliError {
    return new CliError(
      'PROTECTED_DATABASE',
      `Refusing to run \`${command}\` on "${name}": it is one of the server's own databases.`,
      'Point DATABASE_URL at a database of its own, for example postgres://…/navimpact.',
    );
  }
}
