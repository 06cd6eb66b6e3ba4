import { MigrationError } from '@navimpact/schema';
import { DbError, explainDriverError, redactSecrets } from '@navimpact/server';
import { SeedError } from '@navimpact/seeds';
import { CliError } from './errors.ts';

/**
 * The text with every password in it replaced, safe to print: those of URLs, also malformed ones
 * (`postgres:/u:pw@h/db`, `u:pw@h/db`), and `password=` / `sslpassword=` parameters.
 */
export function redactText(text: string): string {
  return redactSecrets(text);
}

/** The exit code an error ends the command with: 2 for a malformed command line, 130/143 when interrupted, else 1. */
export function exitCodeOf(error: unknown): number {
  return error instanceof CliError ? error.exitCode : 1;
}

/**
 * The stderr lines for an error: message and hint for the errors we know, the message and a
 * pointer to NAVIMPACT_DEBUG for the rest; the stack only when NAVIMPACT_DEBUG is set.
 */
export function describeError(raw: unknown, env: NodeJS.ProcessEnv): string[] {
  // A raw driver failure we can name (shutdown, lost connection, privilege) gets its sentence and hint.
  const error = explainDriverError(raw) ?? raw;
  const debug = env.NAVIMPACT_DEBUG !== undefined && env.NAVIMPACT_DEBUG !== '' && env.NAVIMPACT_DEBUG !== '0';
  const message = error instanceof Error ? error.message : String(error);
  // A malformed command line is one line: what is wrong, then where the help is.
  if (error instanceof CliError && error.code === 'USAGE') return [`error: ${[message, error.hint].filter(Boolean).join(' ')}`];
  // An interruption is not a failure to explain: one line on what was left behind.
  if (error instanceof CliError && error.code === 'INTERRUPTED') return [message];
  const lines = [`error: ${redactText(message)}`];
  if (error instanceof DbError || error instanceof MigrationError || error instanceof SeedError || error instanceof CliError) {
    lines.push(`hint: ${error.hint}`);
  } else if (!debug) {
    lines.push('(set NAVIMPACT_DEBUG=1 for the stack)');
  }
  if (debug) lines.push(...stacks(error).map(redactText));
  return lines;
}

// The cause chain matters most for known errors: their own stack only shows where we wrapped them.
function stacks(error: unknown): string[] {
  const found: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    found.push(depth === 0 ? (current.stack ?? '') : `caused by: ${current.stack ?? current.message}`);
  }
  return found;
}
