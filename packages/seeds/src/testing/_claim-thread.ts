// The claim socket's own thread. In Vitest's default isolation the main thread of the run is busy
// starting workers and serving them their modules just when each file asks for its database, so a
// socket served there answers late; this thread's event loop does nothing else.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import type pg from 'pg';

/** What the thread needs: where to listen, whose pool it claims from, which names it renames to. */
export interface ClaimThreadData {
  serverUrl: string;
  address: string;
  prefix: string;
  namespace: string;
}

const { serverUrl, address, prefix, namespace } = workerData as ClaimThreadData;
const names = new RegExp(`^${namespace}_test_[0-9]+_[0-9]+_[a-z0-9]{6}$`);
// Loaded once the socket listens, so the global setup does not wait for the driver's code.
const database = import('./_claim-database.ts');
let admin: Promise<pg.Client> | undefined;
const claimed = new Set<string>();

async function claim(line: string): Promise<boolean> {
  const request = JSON.parse(line) as { name?: unknown; marker?: unknown };
  if (typeof request.name !== 'string' || !names.test(request.name)) return false;
  const marker = typeof request.marker === 'object' && request.marker !== null ? (request.marker as Record<string, unknown>) : {};
  const { connectAdmin, claimPooled } = await database;
  admin ??= connectAdmin(serverUrl);
  const done = await claimPooled(await admin, prefix, request.name, { ...marker, kind: 'test' });
  if (done) claimed.add(request.name);
  return done;
}

// A file claims before its hooks run; one whose tests were all skipped or filtered out never drops
// its copy, so the run's end drops what it handed out and nobody dropped or kept.
async function dropUnused(): Promise<void> {
  if (!admin || claimed.size === 0) return;
  const { listDatabases, dropIfExists } = await database;
  const client = await admin;
  for (const db of await listDatabases(client, `^${namespace}_test_`)) {
    if (claimed.has(db.name) && db.marker?.kept !== true) await dropIfExists(client, db.name, { force: true });
  }
}

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

server.once('error', (error) => parentPort!.postMessage({ error }));
server.listen(address, () => parentPort!.postMessage({ listening: true }));
database.catch(() => {});

// Any message means "stop": the thread ends once the socket is closed, the unused copies dropped and the admin connection ended.
parentPort!.once('message', () => {
  server.close(async () => {
    await dropUnused().catch(() => {});
    await admin?.then((client) => client.end(), () => {}).catch(() => {});
    parentPort!.close();
  });
});
