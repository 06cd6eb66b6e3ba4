import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { connectAdmin, dropIfExists, listDatabases } from './_catalog.ts';
import { claimPooled } from './pool.ts';

/** The global setup's end of the claim socket: where test files ask for a pooled database, and how to close it. */
export interface ClaimServer {
  /** A Unix socket in a private folder (a named pipe on Windows). */
  address: string;
  /** Closes the socket once the run is over, dropping the copies it handed out that were neither dropped nor kept. */
  close(): Promise<void>;
}

/**
 * Claims pooled databases for test files over a local socket, on one admin connection that the
 * global setup's process opens once. A file in Vitest's default isolation runs in a fresh process,
 * where its own admin connection (TCP, SCRAM, cold driver code) would cost more than the rename.
 * The socket sits in a folder only this user can open, and only names of the run's namespace are renamed to.
 */
export async function startClaimServer(serverUrl: string, options: { prefix: string; namespace: string }): Promise<ClaimServer> {
  const folder = process.platform === 'win32' ? undefined : await mkdtemp(join(tmpdir(), 'navimpact-claims-'));
  const address = folder ? join(folder, 'claims.sock') : `\\\\.\\pipe\\navimpact-claims-${process.pid}-${randomBytes(6).toString('hex')}`;
  const names = new RegExp(`^${options.namespace}_test_[0-9]+_[0-9]+_[a-z0-9]{6}$`);
  let admin: Promise<pg.Client> | undefined;
  const claimed = new Set<string>();
  const claim = async (line: string): Promise<boolean> => {
    const request = JSON.parse(line) as { name?: unknown; marker?: unknown };
    if (typeof request.name !== 'string' || !names.test(request.name)) return false;
    const marker = typeof request.marker === 'object' && request.marker !== null ? (request.marker as Record<string, unknown>) : {};
    admin ??= connectAdmin(serverUrl);
    const done = await claimPooled(await admin, options.prefix, request.name, { ...marker, kind: 'test' });
    if (done) claimed.add(request.name);
    return done;
  };
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (!buffer.includes('\n')) return;
      // Any failure answers "not claimed": the file then copies its own database, and that path reports errors.
      claim(buffer.slice(0, buffer.indexOf('\n'))).catch(() => false).then((claimed) => socket.end(claimed ? '1\n' : '0\n'));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(address, resolve));
  server.unref();
  return {
    address,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await admin?.then(async (client) => {
        await dropUnused(client, options.namespace, claimed).catch(() => {});
        await client.end();
      }, () => {}).catch(() => {});
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
}

// A file claims when it is collected; one whose tests were all skipped or filtered out never runs
// the hook that drops its copy, so the run's end drops what was handed out and nobody dropped or kept.
async function dropUnused(client: pg.Client, namespace: string, claimed: Set<string>): Promise<void> {
  for (const db of await listDatabases(client, `^${namespace}_test_`)) {
    if (claimed.has(db.name) && db.marker?.kept !== true) await dropIfExists(client, db.name, { force: true });
  }
}

/**
 * Asks the global setup's process to claim a pooled database under `name`: true when it did, false
 * when the pool is empty, undefined when nobody listens on the socket (the caller then claims or
 * copies for itself); an error only when the answer is lost mid-way.
 */
export function claimThroughSetup(address: string, name: string, marker: Record<string, unknown>): Promise<boolean | undefined> {
  return new Promise<boolean | undefined>((resolve, reject) => {
    let answer = '';
    let sent = false;
    const socket = net.connect(address, () => {
      sent = true;
      socket.write(`${JSON.stringify({ name, marker })}\n`);
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => void (answer += chunk));
    socket.on('error', (error) => (sent ? reject(error) : resolve(undefined)));
    socket.on('close', () => {
      if (answer.startsWith('1')) resolve(true);
      else if (answer.startsWith('0')) resolve(false);
      else if (!sent) resolve(undefined);
      else reject(new Error(`The claim socket ${address} closed before it answered for ${name}.`));
    });
  });
}
