import { spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../bin/navimpact.js');

/** A `navimpact` process of its own, so a test can signal or kill it; `waitFor` waits for a line of its output. */
export function navimpact(argv: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [BIN, ...argv], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = async (pattern: RegExp): Promise<void> => {
    const deadline = Date.now() + 180_000;
    while (!pattern.test(out + err)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`never printed ${pattern}:\n${out}\n${err}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { child, exited, waitFor, output: () => ({ out, err }) };
}
