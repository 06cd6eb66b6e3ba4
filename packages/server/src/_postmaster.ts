import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The pid of the postmaster that runs from this data folder, or null. The pid in
 * `postmaster.pid` is trusted only when that process is a `postgres` started with this folder:
 * after a crash or kill -9 the file stays behind, and its pid may by now name any process
 * (pg_ctl itself only asks whether the pid is alive, and a zombie postmaster still is).
 */
export async function livePostmaster(dataDir: string): Promise<number | null> {
  const pid = await pidFromFile(dataDir);
  if (pid === null) return null;
  const argv = await commandLine(pid);
  if (argv.length === 0 || path.basename(argv[0] ?? '') !== 'postgres') return null;
  const flag = argv.indexOf('-D');
  const folder = flag >= 0 ? argv[flag + 1] : undefined;
  return folder !== undefined && path.resolve(folder) === path.resolve(dataDir) ? pid : null;
}

/** Removes a `postmaster.pid` that names no postmaster of this folder, so PostgreSQL does not refuse to start; true when there was one. */
export async function removeStalePidFile(dataDir: string): Promise<boolean> {
  if ((await pidFromFile(dataDir)) === null || (await livePostmaster(dataDir)) !== null) return false;
  await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
  return true;
}

async function pidFromFile(dataDir: string): Promise<number | null> {
  const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

// /proc gives the exact argv (empty for a zombie); elsewhere `ps` gives it joined by spaces.
async function commandLine(pid: number): Promise<string[]> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter(Boolean);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && process.platform === 'linux') return [];
  }
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'command=', '-p', String(pid)]);
    return stdout.trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}
