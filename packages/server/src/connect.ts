import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { parseDatabaseUrl } from './database-url.ts';
import { DbError } from './errors.ts';

const DEFAULT_CONNECT_TIMEOUT_S = 5;

// OS and DNS errnos that mean nothing answered at that address.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const AUTH_FAILED_CODES = new Set(['28P01', '28000']);
const NO_DATABASE_CODE = '3D000';
// admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down).
const SHUTDOWN_CODES = new Set(['57P01', '57P02', '57P03']);

/**
 * How long a connection may take, in milliseconds: the URL's `connect_timeout` (seconds, as in
 * libpq), else PGCONNECT_TIMEOUT, else 5 s. Zero or nonsense means the default: nothing waits forever.
 */
export function connectTimeoutMs(url: string, env: NodeJS.ProcessEnv = process.env): number {
  const fromUrl = safeParse(url)?.connect_timeout;
  for (const raw of [fromUrl, env.PGCONNECT_TIMEOUT]) {
    const seconds = Number(raw);
    if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(seconds) && seconds > 0) return Math.round(seconds * 1000);
  }
  return DEFAULT_CONNECT_TIMEOUT_S * 1000;
}

/**
 * A connected `pg` client, or a DbError that says in one sentence why not: nothing answers, the
 * answer is not PostgreSQL (or none came within the connect timeout), SSL refused, wrong password,
 * no such database, the server shutting down.
 */
export async function openClient(url: string): Promise<pg.Client> {
  parseDatabaseUrl(url);
  const ms = connectTimeoutMs(url);
  // pg's own timeout is the backstop for the pools that copy these options; ours names the failure.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: ms + 1000 });
  watchConnection(client);
  let answered = false;
  client.connection.once('connect', () => void (answered = true));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      client.connection.stream.destroy();
      reject(answered ? DbError.notPostgres(url, ms) : DbError.unreachable(url));
    }, ms);
  });
  const connecting = client.connect();
  connecting.catch(() => {});
  try {
    await Promise.race([connecting, timeout]);
    return client;
  } catch (cause) {
    await client.end().catch(() => {});
    throw cause instanceof DbError ? cause : classifyConnectError(url, cause, { answered, ms });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * pg rejects a query on a client whose connection died with an Error that has no code. The
 * client's own 'error' and 'end' events say the connection is gone, so such a failure becomes the
 * connection's error (which carries its SQLSTATE or errno: a shutdown, a reset) or, when that has
 * none, DbError.connectionLost. The listener also keeps a late 'error' from crashing the process.
 */
function watchConnection(client: pg.Client): void {
  let lost: unknown;
  let ended = false;
  client.on('error', (error) => void (lost ??= error));
  client.on('end', () => void (ended = true));
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const watched = (...args: unknown[]) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      if (hasCode(error) || (lost === undefined && !ended)) throw error;
      throw hasCode(lost) ? lost : DbError.connectionLost(lost ?? error);
    });
  };
  (client as { query: unknown }).query = watched;
}

function hasCode(error: unknown): boolean {
  return typeof (error as { code?: unknown } | undefined)?.code === 'string';
}

/** Connects once and maps failures to a DbError (see openClient); resolves with the server_version_num. */
export async function probeDatabase(url: string): Promise<{ serverVersionNum: number }> {
  const client = await openClient(url);
  try {
    const result = await client.query('show server_version_num');
    return { serverVersionNum: Number(result.rows[0]?.server_version_num) };
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A DbError with a sentence for a raw driver failure in the middle of a command (the server shut
 * down, the connection dropped, a missing privilege), matched by SQLSTATE or errno on the error or
 * its causes; undefined for anything else.
 */
export function explainDriverError(error: unknown): DbError | undefined {
  if (error instanceof DbError) return undefined;
  const code = causeCode(error);
  if (code === undefined) return undefined;
  if (SHUTDOWN_CODES.has(code)) return DbError.shutDownDuringCommand(error);
  if (code.startsWith('08') || code === 'ECONNRESET' || code === 'EPIPE') return DbError.connectionLost(error);
  if (code === '42501') {
    const detail = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    return DbError.notPermitted(detail.replace(/\.$/, ''), error);
  }
  return undefined;
}

function causeCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const code = errorCode(current);
    if (code !== undefined) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function classifyConnectError(url: string, cause: unknown, seen: { answered: boolean; ms: number }): unknown {
  const code = errorCode(cause);
  if (code !== undefined && UNREACHABLE_CODES.has(code)) return DbError.unreachable(url, cause);
  if (code !== undefined && AUTH_FAILED_CODES.has(code)) return DbError.authFailed(url, cause);
  if (code === NO_DATABASE_CODE) return DbError.noDatabase(url, cause);
  if (code !== undefined && SHUTDOWN_CODES.has(code)) return DbError.serverShuttingDown(url, cause);
  if (code !== undefined || !seen.answered) return code === undefined ? DbError.unreachable(url, cause) : cause;
  // Something accepted the connection, then pg gave up without a SQLSTATE: a refused SSL request,
  // bytes that are not the PostgreSQL protocol, or a peer that hung up.
  if (safeParse(url)?.ssl) return DbError.sslFailed(url, cause);
  return DbError.notPostgres(url, seen.ms, cause);
}

// Node reports a failed multi-address connect (localhost => ::1 and 127.0.0.1) as an
// AggregateError whose own code may be missing; the first attempt's errno is the useful one.
function errorCode(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { code, errors } = cause as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  if (Array.isArray(errors)) return errorCode(errors[0]);
  return undefined;
}

function safeParse(url: string): ReturnType<typeof parseConnectionString> | undefined {
  try {
    return parseConnectionString(url);
  } catch {
    return undefined;
  }
}
