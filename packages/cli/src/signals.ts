import { CliError, exitCodeForSignal } from './errors.ts';

/**
 * Turns the first Ctrl-C (SIGINT) or SIGTERM into an aborted signal whose reason is the signal's
 * name, so the running command can clean up; a second one exits at once.
 */
export function watchSignals(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(exitCodeForSignal(name));
    controller.abort(name);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

/** Rejects with CliError.interrupted once `signal` aborts: a command raced against it is abandoned where it was. */
export function whenAborted(signal: AbortSignal, name: string): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => reject(CliError.interrupted(signal.reason, `\`navimpact ${name}\` stopped where it was.`));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}
