import { consoleIo } from './io.ts';
import { runCli } from './run.ts';
import { watchSignals } from './signals.ts';

// The entry point: the only place that decides the process's exit code. exitCode rather than
// exit(), so buffered output is flushed and pools close on their own.
const signal = watchSignals();
const code = await runCli(process.argv.slice(2), consoleIo, process.env, signal);
// Interrupted: an abandoned command may still hold connections, so leave now rather than wait.
if (signal.aborted) process.exit(code);
process.exitCode = code;
