import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runProgram } from './_binaries.ts';
import { FILE_NOT_FOLDER, ROLE, SECRET_FILE, hasSecret, initialiseDataFolder, inspectDataFolder, readSecret } from './_data-folder.ts';
import { upgradeLegacyFolder } from './_legacy-folder.ts';
import { livePostmaster, removeStalePidFile } from './_postmaster.ts';
import { probeDatabase } from './database-url.ts';
import { DbError } from './errors.ts';
import { withFileLock } from './file-lock.ts';

/** Where the embedded server keeps its data and which port it listens on. */
export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
}

/** What `pg_ctl status` and the data folder say about the embedded server. */
export interface EmbeddedServerStatus {
  running: boolean;
  initialised: boolean;
  pid: number | null;
  url: string;
  dataDir: string;
  port: number;
}

const DEFAULT_PORT = 54329;
// packages/server/src -> repository root.
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const DEFAULT_DATA_DIR = path.join(REPO_ROOT, 'apps', 'sandbox', '.pgdata');
// A start waits this long for the first connection; a kill -9's orphans may hold shared memory as long.
const READY_TIMEOUT_MS = 15_000;
const RETRY_MS = 50;

/** The embedded server's options: NAVIMPACT_PGDATA (absolute) and NAVIMPACT_PGPORT, else apps/sandbox/.pgdata on port 54329. */
export function embeddedServerOptions(env: NodeJS.ProcessEnv = process.env): EmbeddedServerOptions {
  const rawPort = env.NAVIMPACT_PGPORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (rawPort.trim() === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw DbError.badOption('NAVIMPACT_PGPORT', rawPort, 'an integer from 1 to 65535');
  }
  const dataDir = env.NAVIMPACT_PGDATA ?? DEFAULT_DATA_DIR;
  // A relative folder would depend on the directory each turbo task happens to run in.
  if (!path.isAbsolute(dataDir)) {
    throw DbError.badOption('NAVIMPACT_PGDATA', dataDir, 'an absolute path');
  }
  return { dataDir, port };
}

/** The URL of a database on the embedded server, `postgres` unless told otherwise, with the data folder's secret. */
export function embeddedServerUrl(opts: EmbeddedServerOptions, database = 'postgres'): string {
  const secret = encodeURIComponent(readSecret(opts.dataDir));
  return `postgres://${ROLE}:${secret}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
}

/** Whether the data folder is initialised and a postmaster of this folder runs, with its pid. */
export async function embeddedServerStatus(opts: EmbeddedServerOptions): Promise<EmbeddedServerStatus> {
  const base = { dataDir: opts.dataDir, port: opts.port, url: embeddedServerUrl(opts) };
  if ((await inspectDataFolder(opts.dataDir)) !== 'initialised') {
    return { ...base, running: false, initialised: false, pid: null };
  }
  const pid = await livePostmaster(opts.dataDir);
  return { ...base, running: pid !== null, initialised: true, pid };
}

/**
 * Initialises the data folder if needed and starts a server that outlives this process; idempotent.
 * Resolves only once the server accepts connections.
 * @example const { url } = await startEmbeddedServer(embeddedServerOptions());
 */
export async function startEmbeddedServer(
  opts: EmbeddedServerOptions,
): Promise<{ url: string; initialised: boolean; started: boolean; ms: number }> {
  const startedAt = performance.now();
  return withLock(opts.dataDir, async () => {
    // Re-checked under the lock: a concurrent caller may have just started it.
    const initialised = (await inspectDataFolder(opts.dataDir)) !== 'initialised';
    if (initialised) await initialiseDataFolder(opts.dataDir);
    const running = (await livePostmaster(opts.dataDir)) !== null;
    if (!running) await launch(opts);
    await waitUntilAccepting(opts);
    if (!hasSecret(opts.dataDir)) await upgradeLegacyFolder(opts.dataDir, embeddedServerUrl(opts));
    const ms = Math.round(performance.now() - startedAt);
    return { url: embeddedServerUrl(opts), initialised, started: !running, ms };
  });
}

/** Stops the embedded server with a fast shutdown; a server that is not running is not an error. */
export async function stopEmbeddedServer(opts: EmbeddedServerOptions): Promise<{ stopped: boolean }> {
  return withLock(opts.dataDir, async () => {
    // Only a verified postmaster of this folder is signalled, never whatever a stale pid file names.
    if ((await livePostmaster(opts.dataDir)) === null) {
      await removeStalePidFile(opts.dataDir);
      return { stopped: false };
    }
    const { code, output } = await runProgram('pg_ctl', ['stop', '-m', 'fast', '-w', '-D', opts.dataDir]);
    if (code !== 0) throw DbError.serverFailed('stop', `pg_ctl stop exited with ${code}: ${oneLine(output)}`);
    return { stopped: true };
  });
}

async function launch(opts: EmbeddedServerOptions): Promise<void> {
  // A postmaster killed a moment ago may not have closed its socket yet.
  const crashed = await removeStalePidFile(opts.dataDir);
  await assertPortFree(opts.port, crashed ? READY_TIMEOUT_MS : 0);
  const logPath = path.join(opts.dataDir, 'postgres.log');
  // fsync and friends are off: this is a disposable dev/test server, and a crash costs only a `fresh`.
  // No unix socket: the only way in is TCP, where pg_hba.conf admits the toolkit role alone.
  // Autovacuum is off because its workers run as the superuser, so the toolkit's role could not
  // end one in a DROP DATABASE … WITH (FORCE) ("permission denied to terminate process").
  const settings = `-p ${opts.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`
    + ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off';
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const logOffset = await stat(logPath).then((s) => s.size, () => 0);
    const { code, output } = await runProgram('pg_ctl', ['start', '-w', '-D', opts.dataDir, '-l', logPath, '-o', settings]);
    if (code === 0) return;
    const log = await readFile(logPath).then((bytes) => bytes.subarray(logOffset).toString('utf8'), () => '');
    // PostgreSQL's log carries no SQLSTATE; ENOSPC's strerror is the only sign of a full disk.
    if (/No space left on device/.test(log)) throw DbError.diskFull(opts.dataDir, null);
    // Right after a kill -9 the dead postmaster's children still hold its shared memory for a moment.
    if (/shared memory block .* is still in use/.test(log) && Date.now() < deadline) {
      await sleep(100);
      continue;
    }
    throw DbError.serverFailed(`start on port ${opts.port}`, logSummary(log) || oneLine(output));
  }
}

// By errno, before pg_ctl: PostgreSQL would only say so in its log, in words.
async function assertPortFree(port: number, graceMs: number): Promise<void> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const probe = createServer();
      probe.once('error', resolve);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(null)));
    });
    if (error === null) return;
    if (error.code !== 'EADDRINUSE') throw error;
    if (Date.now() > deadline) throw DbError.portInUse(port, error);
    await sleep(RETRY_MS);
  }
}

/**
 * True for what a server that is not listening yet, or still starting up (57P03, which the
 * connection layer names SERVER_SHUTDOWN), answers: worth waiting for, not an error to report.
 */
export function isServerNotReady(error: unknown): boolean {
  return error instanceof DbError && (error.code === 'UNREACHABLE' || error.code === 'SERVER_SHUTDOWN');
}

// pg_ctl -w returns when the postmaster says it is ready, but a connection can still meet
// "the database system is starting up" (57P03); callers get a server that answers `select 1`.
async function waitUntilAccepting(opts: EmbeddedServerOptions): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await probeDatabase(embeddedServerUrl(opts));
      return;
    } catch (error) {
      // Our own server refusing our own password: the secret file was lost or replaced.
      if (error instanceof DbError && error.code === 'AUTH_FAILED') {
        throw DbError.badDataDir(opts.dataDir, `its server refuses the password in ${SECRET_FILE} (missing or replaced?)`, error);
      }
      if (!isServerNotReady(error) || Date.now() > deadline) throw error;
      await sleep(RETRY_MS);
    }
  }
}

// The lock sits beside the data folder because initdb wants that folder absent or empty.
async function withLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  if ((await inspectDataFolder(dataDir)) === 'file') throw DbError.badDataDir(dataDir, FILE_NOT_FOLDER);
  return withFileLock(`${path.resolve(dataDir)}.lock`, work);
}

// The FATAL, HINT and `could not` lines of a failed start say why; the timestamps and pids around them do not.
function logSummary(log: string): string {
  const lines = log.split('\n').map((line) => oneLine(line.replace(/^.*?\[\d+\]\s*/, ''))).filter(Boolean);
  const errors = lines.filter((line) => /^(FATAL|ERROR|PANIC|HINT):|could not/.test(line));
  return (errors.length > 0 ? errors : lines).slice(-4).join('; ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}
