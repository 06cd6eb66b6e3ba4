import { readdir } from 'node:fs/promises';
import { MIGRATIONS_DIR } from '@navimpact/schema';
import { mainTestServer, withScratchDatabase as withScratch } from '@navimpact/server/testing';
import { runCli } from '../src/index.ts';

export { queryRows as query, userTables } from '@navimpact/server/testing';

/** The tests' server (DATABASE_URL's, else the embedded one); `url` is its maintenance database. */
export const SERVER = (await mainTestServer()).url;

/** What one `navimpact` run printed and returned. */
export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

/** Runs a command line in-process with captured output and an explicit environment. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  // PATH only: the developer's own DATABASE_URL or NAVIMPACT_* must not leak into a test.
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { PATH: process.env.PATH, ...env });
  return { code, out, err };
}

/** Creates a uniquely named empty database on the tests' server and drops it afterwards. */
export function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  return withScratch(SERVER, fn, 'navimpact_cli_test');
}

/** The migrations this checkout has, by name, oldest first. */
export async function migrationFiles(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration.*\.ts$/.test(f)).map((f) => f.slice(0, -'.ts'.length)).sort();
}
