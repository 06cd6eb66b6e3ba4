import { randomBytes } from 'node:crypto';
import { renameSync, watch, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  // One claim per name, whether its request came as a posted file, over the socket, or both.
  const requests = new Map<string, Promise<boolean>>();
  const claim = (line: string): Promise<boolean> => {
    const request = JSON.parse(line) as { name?: unknown; marker?: unknown };
    if (typeof request.name !== 'string' || !names.test(request.name)) return Promise.resolve(false);
    const name = request.name;
    const marker = typeof request.marker === 'object' && request.marker !== null ? (request.marker as Record<string, unknown>) : {};
    const pending = requests.get(name) ?? (async () => {
      admin ??= connectAdmin(serverUrl);
      const done = await claimPooled(await admin, options.prefix, name, { ...marker, kind: 'test' });
      if (done) claimed.add(name);
      return done;
    })();
    requests.set(name, pending);
    return pending;
  };
  const posted = folder ? watchPosted(folder, (line) => void claim(line).catch(() => {})) : undefined;
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (!buffer.includes('\n')) return;
      // Any failure answers "not claimed": the file then copies its own database, and that path reports errors.
      claim(buffer.slice(0, buffer.indexOf('\n'))).catch(() => false).then((done) => socket.end(done ? '1\n' : '0\n'));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(address, resolve));
  server.unref();
  return {
    address,
    async close() {
      posted?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await admin?.then(async (client) => {
        await dropUnused(client, options.namespace, claimed).catch(() => {});
        await client.end();
      }, () => {}).catch(() => {});
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
}

// Claims left as files beside the socket (see postClaim): each is read once, removed, and handed on.
function watchPosted(folder: string, onClaim: (line: string) => void): { close(): void } {
  const watcher = watch(folder, (_event, file) => {
    if (!file?.endsWith('.claim')) return;
    const path = join(folder, file);
    void readFile(path, 'utf8').then(async (line) => {
      await rm(path, { force: true });
      onClaim(line);
    }, () => {});
  });
  watcher.on('error', () => {});
  watcher.unref();
  return watcher;
}

// A file claims when it is collected; one whose tests were all skipped or filtered out never runs
// the hook that drops its copy, so the run's end drops what was handed out and nobody dropped or kept.
async function dropUnused(client: pg.Client, namespace: string, claimed: Set<string>): Promise<void> {
  for (const db of await listDatabases(client, `^${namespace}_test_`)) {
    if (claimed.has(db.name) && db.marker?.kept !== true) await dropIfExists(client, db.name, { force: true });
  }
}

/**
 * Leaves a claim as a file beside the global setup's socket, written at once. A fresh worker busy
 * collecting its test file sends nothing on a socket until its event loop next turns; the global
 * setup watches the folder and claims as soon as the file appears, and the answer still comes over
 * the socket (claimThroughSetup with the same name). Where files cannot be left, the socket alone carries the claim.
 */
export function postClaim(address: string, name: string, marker: Record<string, unknown>): void {
  if (process.platform === 'win32') return;
  const path = join(dirname(address), `${name}.claim`);
  try {
    // Renamed into place, so the watcher never reads half a request.
    writeFileSync(`${path}.tmp`, JSON.stringify({ name, marker }));
    renameSync(`${path}.tmp`, path);
  } catch {
    // The socket carries the claim all the same.
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
