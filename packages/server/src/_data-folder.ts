import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, rm, stat, statfs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { giveToServerUser, runProgram } from './_binaries.ts';
import { DbError } from './errors.ts';

/** The login role of the toolkit: it may create databases and owns those it creates, nothing more. */
export const ROLE = 'navimpact';
/** The password every data folder had before each got its own secret. */
export const LEGACY_PASSWORD = 'navimpact';
/** The file inside the data folder that holds its role's password (mode 0600). */
export const SECRET_FILE = 'navimpact.secret';
// The bootstrap superuser: no password, and pg_hba.conf lets it in by no route but single-user mode.
const SUPERUSER = 'postgres';
/** Why a path that is (or lies inside) a file cannot be a data folder. */
export const FILE_NOT_FOLDER = 'it is a file, or lies inside one, not a folder';
// initdb writes some 40 MB; below this the init or the first fresh would fail half-way.
const MIN_FREE_BYTES = 200 * 1024 * 1024;

/** What the data folder path holds: nothing yet, an initialised cluster, or something we must not touch. */
export type DataFolderState = 'absent' | 'empty' | 'initialised' | 'file' | 'foreign';

/** Looks at the data folder without changing it. */
export async function inspectDataFolder(dataDir: string): Promise<DataFolderState> {
  const info = await stat(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') return 'file' as const;
    throw DbError.badDataDir(dataDir, `it cannot be read (${error.code ?? error.message})`, error);
  });
  if (info === null) return 'absent';
  if (info === 'file' || !info.isDirectory()) return 'file';
  const entries = await readdir(dataDir);
  if (entries.includes('PG_VERSION')) return 'initialised';
  return entries.length === 0 ? 'empty' : 'foreign';
}

/** The role's password for the data folder: its secret file, or the legacy password for a folder made before secrets. */
export function readSecret(dataDir: string): string {
  try {
    return readFileSync(path.join(dataDir, SECRET_FILE), 'utf8').trim();
  } catch {
    return LEGACY_PASSWORD;
  }
}

/** True when the folder has its own secret (made or upgraded by this version). */
export function hasSecret(dataDir: string): boolean {
  return readSecret(dataDir) !== LEGACY_PASSWORD;
}

/**
 * Creates the cluster: initdb with a password-less superuser, the toolkit's role (LOGIN CREATEDB,
 * not superuser) with a fresh random secret, and a pg_hba.conf that admits only that role over TCP.
 */
export async function initialiseDataFolder(dataDir: string): Promise<void> {
  const state = await inspectDataFolder(dataDir);
  if (state === 'file') throw DbError.badDataDir(dataDir, FILE_NOT_FOLDER);
  if (state === 'foreign') throw DbError.badDataDir(dataDir, 'it is a folder that holds other files and no PostgreSQL data');
  await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    throw DbError.badDataDir(dataDir, `it cannot be created (${error.code ?? error.message})`, error);
  });
  await assertFreeSpace(dataDir);
  await giveToServerUser(dataDir);
  const init = await runProgram('initdb', [
    `--pgdata=${dataDir}`, `--username=${SUPERUSER}`, '--auth=reject', '--encoding=UTF8', '--lc-messages=C',
    // SCRAM's 4096 default iterations cost every connection milliseconds, and tests open one per
    // file; the secret is 128 random bits, so the iterations add no strength worth having.
    '-c', 'scram_iterations=16',
  ]);
  if (init.code !== 0) {
    await emptyFolder(dataDir);
    throw failure(dataDir, 'initialise', init.output);
  }
  const secret = newSecret();
  // Single-user mode needs no connection at all, so the superuser never gets a password.
  const sql = `create role ${ROLE} login createdb password '${secret}';\n`;
  const single = await runProgram('postgres', ['--single', '-D', dataDir, '-c', 'scram_iterations=16', 'template1'], sql);
  if (single.code !== 0 || /\bERROR:/.test(single.output)) {
    await emptyFolder(dataDir);
    throw failure(dataDir, 'create its role', single.output);
  }
  const hba = path.join(dataDir, 'pg_hba.conf');
  await writeFile(hba, [
    '# Written by navimpact: only the toolkit role, over TCP from this machine, with its secret.',
    `host all ${ROLE} 127.0.0.1/32 scram-sha-256`,
    `host all ${ROLE} ::1/128 scram-sha-256`,
    '',
  ].join('\n'));
  await giveToServerUser(hba);
  await writeSecret(dataDir, secret);
}

/** Writes the secret file, readable by its owner only. */
export async function writeSecret(dataDir: string, secret: string): Promise<void> {
  const file = path.join(dataDir, SECRET_FILE);
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  // writeFile's mode applies only to a new file.
  await chmod(file, 0o600);
}

/** A new random secret for a data folder. */
export function newSecret(): string {
  return randomBytes(16).toString('hex');
}

/** Throws DbError.diskFull when the folder's file system has less free space than a data folder needs. */
export async function assertFreeSpace(dataDir: string, needBytes = MIN_FREE_BYTES): Promise<void> {
  const fs = await statfs(dataDir).catch(() => null);
  if (fs !== null && fs.bavail * fs.bsize < needBytes) throw DbError.diskFull(dataDir, fs.bavail * fs.bsize);
}

// A half-made cluster would be taken for an initialised one next time.
async function emptyFolder(dataDir: string): Promise<void> {
  for (const entry of await readdir(dataDir).catch(() => [])) {
    await rm(path.join(dataDir, entry), { recursive: true, force: true });
  }
}

function failure(dataDir: string, what: string, output: string): DbError {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const errors = lines.filter((line) => /^(FATAL|ERROR|PANIC|initdb: error):?/.test(line) || /could not/.test(line));
  const detail = (errors.length > 0 ? errors : lines).slice(-3).join('; ').replace(/\.$/, '');
  if (/No space left on device/i.test(output)) return DbError.diskFull(dataDir, null);
  return DbError.serverFailed(`${what} ${dataDir}`, detail);
}
