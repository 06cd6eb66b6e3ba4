import { redactUrl } from '@navimpact/server';

/** Stable codes for the CLI's own failures; USAGE is a malformed command line (exit 2). */
export type CliErrorCode =
  | 'USAGE'
  | 'BAD_NAME'
  | 'NOT_MIGRATED'
  | 'PROTECTED_DATABASE'
  | 'PRODUCTION_DATABASE'
  | 'NOT_OURS'
  | 'BAD_ENVIRONMENT'
  | 'INTERRUPTED'
  | 'NEWER_MIGRATIONS'
  | 'NOT_EMPTY'
  | 'NOT_LEGACY'
  | 'ALREADY_ADOPTED'
  | 'NOTHING_TO_UNDO'
  | 'ADOPTION_UNPROVEN'
  | 'BENCH_NO_ROWS';

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

  static productionDatabase(name: string, command: string): CliError {
    return new CliError(
      'PRODUCTION_DATABASE',
      `Refusing to run \`${command}\` on ${name}: its NavImpact record says it is the production environment.`,
      'Point DATABASE_URL at another database, or add --force-production if you really mean to destroy production data (back it up first).',
    );
  }

  static leavingProduction(name: string, environment: string): CliError {
    return new CliError(
      'PRODUCTION_DATABASE',
      `Refusing to record ${name} as ${environment}: it is recorded as production, and taking that away would let destructive commands wipe it.`,
      `Add --force-production if it really is no longer production: \`navimpact env:set ${environment} --force-production\`.`,
    );
  }

  static notOurs(name: string, tables: string[], command: string): CliError {
    const shown = tables.length > MAX_TABLES_NAMED ? [...tables.slice(0, MAX_TABLES_NAMED), '…'] : tables;
    const count = `${tables.length} table${tables.length === 1 ? '' : 's'}`;
    return new CliError(
      'NOT_OURS',
      `Refusing to run \`${command}\` on ${name}: it has ${count} (${shown.join(', ')}) and no NavImpact record, so the toolkit did not make it.`,
      'Point DATABASE_URL at another database, or add --force to destroy it anyway. If the toolkit made it before databases carried a record, run `navimpact env:set development` once.',
    );
  }

  static badEnvironment(value: string): CliError {
    const alias = PRODUCTION_ALIASES.has(value);
    return new CliError(
      'BAD_ENVIRONMENT',
      alias
        ? `Say production, not "${value}": only a database recorded as production is refused by destructive commands.`
        : `An environment is a lowercase name such as development, test, production or staging (letters, digits, - and _, up to 32), not "${value}".`,
      alias ? 'Run `navimpact env:set production`.' : 'For example `navimpact env:set staging`.',
    );
  }

  static newerMigrations(file: string, unknown: string[]): CliError {
    return new CliError(
      'NEWER_MIGRATIONS',
      `Refusing to restore ${file}: it comes from a database with ${unknown.length} migration(s) this code does not have (${unknown.join(', ')}).`,
      'Update this checkout (git pull) so it has those migrations, then restore again.',
    );
  }

  static notEmpty(database: string, tables: number): CliError {
    return new CliError(
      'NOT_EMPTY',
      `Refusing to restore over "${database}": it exists and holds ${tables} table(s).`,
      'Add --force to replace everything in it with the backup, or set DATABASE_URL to another database.',
    );
  }

  /** `adopt` on a database that is neither legacy NavImpact nor empty (or does not exist). */
  static notLegacy(name: string, tables: string[]): CliError {
    return new CliError(
      'NOT_LEGACY',
      `Refusing to adopt "${name}": it is neither a legacy NavImpact database (no alembic_version, users or grants) nor empty (${tables.slice(0, MAX_TABLES_NAMED).join(', ')}).`,
      'Point DATABASE_URL at the legacy NavImpact database.',
    );
  }

  /** `adopt` on a database that already has the migrations table or an adopt record. */
  static alreadyAdopted(name: string): CliError {
    return new CliError(
      'ALREADY_ADOPTED',
      `Refusing to adopt "${name}": it is already a V2 database (it has the migrations table or an adopt record).`,
      'Run `navimpact migrate` to bring it up to date, or `navimpact adopt --undo` to go back to the legacy database.',
    );
  }

  /** `adopt --undo` with no `<db>__legacy` kept by an adoption. */
  static nothingToUndo(name: string, legacy: string): CliError {
    return new CliError(
      'NOTHING_TO_UNDO',
      `Nothing to undo for "${name}": there is no ${legacy} database kept by an adoption.`,
      'Run `navimpact adopt --plan` to see what adoption would do.',
    );
  }

  /** An adoption whose proof did not balance: the copy was dropped, the legacy database untouched. */
  static adoptionUnproven(name: string, problems: string[]): CliError {
    return new CliError(
      'ADOPTION_UNPROVEN',
      `Adoption of "${name}" did not prove itself and was dropped; the legacy database is untouched: ${problems.slice(0, 5).join('; ')}.`,
      'Read the report for the tables that do not add up, and file the case with the adoption work.',
    );
  }

  /** A benchmarked query found no sample parameters, or returned no rows with them: its timing would mean nothing. */
  static benchNoRows(query: string, schema: 'legacy' | 'v2', what: 'sample' | 'rows'): CliError {
    const problem = what === 'sample' ? 'its sample lookup found no row' : 'it returned no rows with its sample parameters';
    return new CliError(
      'BENCH_NO_ROWS',
      `bench:queries stopped: the query ${query} on the ${schema} database measures nothing, as ${problem}.`,
      'Fix its sample in @navimpact/legacy (LEGACY_CATALOG) so it reads values the generated data holds.',
    );
  }
}

const MAX_TABLES_NAMED = 5;

/** Names people give production that would leave it unguarded; env:set asks for `production` instead. */
export const PRODUCTION_ALIASES: ReadonlySet<string> = new Set(['prod', 'prd', 'live']);
