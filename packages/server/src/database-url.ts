import { isIP } from 'node:net';
import { parse as parseConnectionString } from 'pg-connection-string';
import { DbError } from './errors.ts';

/** Where pg will connect: every host it may try (host and hostaddr, comma lists split), and the port. */
export interface ConnectionEndpoint {
  hosts: string[];
  port: number;
}

const DEFAULT_PORT = 5432;

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

/**
 * The hosts and port the driver will really use, read by pg-connection-string (pg's own parser):
 * a `?host=` or `?port=` in the query wins over the authority, as it does in pg.
 */
export function connectionEndpoint(url: string): ConnectionEndpoint {
  parseDatabaseUrl(url);
  let config: ReturnType<typeof parseConnectionString>;
  try {
    config = parseConnectionString(url);
  } catch (cause) {
    throw DbError.badUrl(url, cause);
  }
  // libpq connects to hostaddr instead of resolving host; pg ignores it, but a URL may be read by either.
  const hosts = [config.host, config.hostaddr]
    .flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
    .map((host) => host.trim().replace(/^\[(.*)\]$/, '$1'))
    .filter((host) => host !== '');
  const port = Number(config.port || DEFAULT_PORT);
  if (hosts.length === 0 || !Number.isInteger(port) || port < 1 || port > 65535) throw DbError.badUrl(url);
  return { hosts, port };
}

/** "host:port" of the first host the driver will try, for messages. */
export function endpointLabel(url: string): string {
  const { hosts, port } = connectionEndpoint(url);
  const host = hosts[0]!;
  if (host.startsWith('/')) return `${host}/.s.PGSQL.${port}`;
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/**
 * True when every host the driver may use is this machine: localhost, 127.0.0.0/8, ::1 (also
 * IPv4-mapped), or a unix socket path. One remote host among several makes the URL remote.
 */
export function isLocalUrl(url: string): boolean {
  return connectionEndpoint(url).hosts.every(isLocalHost);
}

/** True for a host name or address of this machine; anything unknown counts as remote. */
export function isLocalHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name.startsWith('/')) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) !== 6) return false;
  // The URL parser gives IPv6 one spelling: ::1, and ::ffff:7f00:1 for the mapped 127.0.0.1.
  const canonical = new URL(`http://[${name}]`).hostname.slice(1, -1);
  return canonical === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(canonical);
}

// A unix socket host arrives percent-encoded in the authority (%2Fvar%2Frun) or as ?host=/var/run.
function hostOf(parsed: URL): string {
  const host = decodeURIComponent(parsed.hostname);
  return host !== '' ? host : (parsed.searchParams.get('host') ?? '');
}

// Kept here too for the callers that import it from this module, where it used to live.
export { probeDatabase } from './connect.ts';
