import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ClaimThreadData } from './_claim-thread.ts';

/** The global setup's end of the claim socket: where test files ask for a pooled database, and how to close it. */
export interface ClaimServer {
  /** A Unix socket in a private folder (a named pipe on Windows). */
  address: string;
  /** Closes the socket once the run is over, dropping the copies it handed out that were neither dropped nor kept. */
  close(): Promise<void>;
}

/**
 * Claims pooled databases for test files over a local socket, on one admin connection, both in a
 * thread of their own in the global setup's process. A file in Vitest's default isolation runs in
 * a fresh process, where its own admin connection (TCP, SCRAM, cold driver code) would cost more
 * than the rename. The socket sits in a folder only this user can open, and only names of the
 * run's namespace are renamed to.
 */
export async function startClaimServer(serverUrl: string, options: { prefix: string; namespace: string }): Promise<ClaimServer> {
  const folder = process.platform === 'win32' ? undefined : await mkdtemp(join(tmpdir(), 'navimpact-claims-'));
  const address = folder ? join(folder, 'claims.sock') : `\\\\.\\pipe\\navimpact-claims-${process.pid}-${randomBytes(6).toString('hex')}`;
  const workerData: ClaimThreadData = { serverUrl, address, ...options };
  const thread = new Worker(new URL('./_claim-thread.ts', import.meta.url), { workerData });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      thread.once('message', (message: { listening?: true; error?: Error }) => (message.listening ? resolve() : reject(message.error)));
      thread.once('error', reject);
      thread.once('exit', () => reject(new Error(`The claim thread ended before it listened on ${address}.`)));
    });
  } catch (error) {
    await thread.terminate();
    if (folder) await rm(folder, { recursive: true, force: true });
    throw error;
  }
  // Like the socket it serves, the thread never keeps a finished run alive; should it die, files claim for themselves.
  thread.unref();
  thread.on('error', () => {});
  return {
    address,
    async close() {
      thread.postMessage('stop');
      await exited;
      if (folder) await rm(folder, { recursive: true, force: true });
    },
  };
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
