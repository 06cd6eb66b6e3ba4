import type pg from 'pg';
import { LOCKS } from '@navimpact/schema';
import { CliError } from '../errors.ts';

/**
 * Takes the rebuild lock of `database` (shared by fresh and adopt, so two runs take turns instead
 * of dropping each other's half-built copy); the lock ends with the session, also on a crash.
 * Another run may hold it for minutes: a Ctrl-C meanwhile ends the wait, and this session.
 */
export async function waitForTurn(admin: pg.Client, database: string, command: string, signal?: AbortSignal): Promise<void> {
  const outcome = `stopped waiting for another \`${command}\` of ${database}; nothing was changed.`;
  // An abort listener added after the signal came would never run.
  if (signal?.aborted) throw CliError.interrupted(signal.reason, outcome);
  const stopWaiting = () => void admin.end().catch(() => {});
  signal?.addEventListener('abort', stopWaiting, { once: true });
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
  } catch (error) {
    if (signal?.aborted) throw CliError.interrupted(signal.reason, outcome);
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopWaiting);
  }
}
