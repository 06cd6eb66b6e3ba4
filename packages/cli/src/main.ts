import { consoleIo } from './io.ts';
import { runCli } from './run.ts';

// The entry point: the only place that decides the process's exit code. exitCode rather than
// exit(), so buffered output is flushed and pools close on their own.
process.exitCode = await runCli(process.argv.slice(2), consoleIo);
