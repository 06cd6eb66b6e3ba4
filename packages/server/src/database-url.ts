import { isIPv4 } from 'node:net';
import pg from 'pg';
import { DbError } from './errors.ts';


const CONNECT_TIMEOUT_MS = 3_000;

// OS and DNS errnos that mean nothing answered at that address.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const AUTH_FAILED_CODES = new Set(['28P01', '28000']);
const NO_DATABASE_CODE = '3D000';

/** Parses and validates a PostgreSQL URL (postgres:// or postgresql://, host required, database path required); throws DbError.badUrl otherwise. */
export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw DbError.badUrl(url, cause);
  }
  const protocolOk = parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:';
  if (!protocolOk || hostOf(parsed) === '' || parsed.pathname.length <= 1) {
    throw DbError.badUrl(url);
  }
  return parsed;
}

/** Returns the database name of the URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(parseDatabaseUrl(url).pathname.slice(1));
}

/** Same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = parseDatabaseUrl(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** True when the host is this machine: localhost, 127.0.0.0/8, ::1, or a unix socket path. */
export function isLocalUrl(url: string): boolean {
  const host = hostOf(parseDatabaseUrl(url)).toLowerCase();
  if (host.startsWith('/')) return true;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIPv4(host)) return host.startsWith('127.');
  // The URL parser has already compressed IPv6 forms, so ::1 has one spelling.
  return host === '[::1]' || host.startsWith('[::ffff:127.') || host.startsWith('[::ffff:7f');
}

/** Connects once with `pg` and maps failures by SQLSTATE or errno to a DbError; resolves with the server_version_num. */
export async function probeDatabase(url: string): Promise<{ serverVersionNum: number }> {
  parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url });
  // A failed connection can still emit 'error' later; without a listener that would crash the process.
  client.on('error', () => {});
  try {
    await connectWithin(client, CONNECT_TIMEOUT_MS);
    const result = await client.query('show server_version_num');
    return { serverVersionNum: Number(result.rows[0]?.server_version_num) };
  } catch (cause) {
    throw classifyConnectError(url, cause);
  } finally {
    await client.end().catch(() => {});
  }
}

// A unix socket host arrives percent-encoded in the authority (%2Fvar%2Frun) or as ?host=/var/run.
function hostOf(parsed: URL): string {
  const host = decodeURIComponent(parsed.hostname);
  return host !== '' ? host : (parsed.searchParams.get('host') ?? '');
}

// pg's own connect timeout rejects with a code-less Error, so we time out ourselves and give
// the failure the ETIMEDOUT errno the classifier already knows.
async function connectWithin(client: pg.Client, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void client.end().catch(() => {});
      reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEDOUT' }));
    }, ms);
  });
  const connecting = client.connect();
  connecting.catch(() => {});
  try {
    await Promise.race([connecting, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function classifyConnectError(url: string, cause: unknown): unknown {
  const code = errorCode(cause);
  if (code === undefined) return cause;
  if (UNREACHABLE_CODES.has(code)) return DbError.unreachable(url, cause);
  if (AUTH_FAILED_CODES.has(code)) return DbError.authFailed(url, cause);
  if (code === NO_DATABASE_CODE) return DbError.noDatabase(url, cause);
  return cause;
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
