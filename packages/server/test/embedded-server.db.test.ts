import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseName,
  isLocalUrl,
  parseDatabaseUrl,
  probeDatabase,
  withDatabase,
} from '../src/database-url.ts';
import {
  embeddedServerOptions,
  embeddedServerStatus,
  embeddedServerUrl,
  startEmbeddedServer,
  stopEmbeddedServer,
} from '../src/embedded-server.ts';
import type { EmbeddedServerOptions } from '../src/embedded-server.ts';
import { freePort } from '../src/testing.ts';

const run = promisify(execFile);
// The repository's pinned Node 24 strips types, so a child process can import the .ts source.
const NODE = path.resolve(import.meta.dirname, '../../../node_modules/.bin/node');
const SERVER_MODULE = pathToFileURL(path.resolve(import.meta.dirname, '../src/embedded-server.ts')).href;
const SCHEMA_DIR = path.resolve(import.meta.dirname, '..');
const SLOW = { timeout: 60_000 };

let root = '';
let solo: EmbeddedServerOptions;
let shared: EmbeddedServerOptions;


async function selectOne(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0]?.one;
  } finally {
    await client.end();
  }
}

// Runs in a separate Node process, so whatever it starts must outlive it to be seen afterwards.
async function startInChild(opts: EmbeddedServerOptions): Promise<{ started: boolean; initialised: boolean }> {
  const script = `const m = await import(process.argv[1]);
    console.log(JSON.stringify(await m.startEmbeddedServer({ dataDir: process.argv[2], port: Number(process.argv[3]) })));`;
  const args = ['--input-type=module', '-e', script, SERVER_MODULE, opts.dataDir, String(opts.port)];
  const { stdout } = await run(NODE, args, { cwd: SCHEMA_DIR });
  return JSON.parse(stdout) as { started: boolean; initialised: boolean };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'navimpact-server-'));
  // mkdtemp makes a 0700 folder; as root, initdb and the server run as `postgres` and must get in.
  await chmod(root, 0o755);
  solo = { dataDir: path.join(root, 'solo'), port: await freePort() };
  shared = { dataDir: path.join(root, 'shared'), port: await freePort() };
});

afterAll(async () => {
  if (root === '') return;
  await Promise.allSettled([stopEmbeddedServer(solo), stopEmbeddedServer(shared)]);
  await rm(root, { recursive: true, force: true });
}, 60_000);

describe('embedded server lifecycle', SLOW, () => {
  it('initialises and starts from nothing', async () => {
    const result = await startEmbeddedServer(solo);
    expect(result).toMatchObject({ initialised: true, started: true, url: embeddedServerUrl(solo) });
    expect(await selectOne(result.url)).toBe(1);
  });

  it('is idempotent when already running', async () => {
    expect(await startEmbeddedServer(solo)).toMatchObject({ initialised: false, started: false });
  });

  it('answers another process', async () => {
    const script = `import pg from 'pg'; const c = new pg.Client(process.argv[1]); await c.connect();
      console.log((await c.query('select 1 as one')).rows[0].one); await c.end();`;
    const args = ['--input-type=module', '-e', script, embeddedServerUrl(solo)];
    const { stdout } = await run(NODE, args, { cwd: SCHEMA_DIR });
    expect(stdout.trim()).toBe('1');
  });

  it('reports running with a pid', async () => {
    const status = await embeddedServerStatus(solo);
    expect(status).toMatchObject({ running: true, initialised: true, dataDir: solo.dataDir, port: solo.port });
    expect(status.pid).toBeGreaterThan(0);
  });

  it('stops, and stopping again is not an error', async () => {
    expect(await stopEmbeddedServer(solo)).toEqual({ stopped: true });
    expect(await embeddedServerStatus(solo)).toMatchObject({ running: false, initialised: true, pid: null });
    expect(await stopEmbeddedServer(solo)).toEqual({ stopped: false });
  });
});

describe('embedded server started by other processes', SLOW, () => {
  it('lets two concurrent starts on one fresh folder both succeed, and outlives them', async () => {
    const results = await Promise.all([startInChild(shared), startInChild(shared)]);
    expect(results.filter((r) => r.started && r.initialised)).toHaveLength(1);
    expect(results.filter((r) => !r.started && !r.initialised)).toHaveLength(1);
    // Both starting processes have exited by now.
    expect(await selectOne(embeddedServerUrl(shared))).toBe(1);
  });

  it('lets two concurrent starts in one process both resolve', async () => {
    await stopEmbeddedServer(shared);
    const results = await Promise.all([startEmbeddedServer(shared), startEmbeddedServer(shared)]);
    expect(results.map((r) => r.started).sort()).toEqual([false, true]);
  });
});

describe('probeDatabase', SLOW, () => {
  it('resolves with the server version', async () => {
    const { serverVersionNum } = await probeDatabase(embeddedServerUrl(shared));
    expect(serverVersionNum).toBeGreaterThanOrEqual(180000);
  });

  it('maps a closed port to UNREACHABLE', async () => {
    const url = `postgres://navimpact:navimpact@127.0.0.1:${await freePort()}/postgres`;
    await expect(probeDatabase(url)).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });

  it('maps a wrong password to AUTH_FAILED', async () => {
    const url = new URL(embeddedServerUrl(shared));
    url.password = 'wrong';
    await expect(probeDatabase(url.toString())).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('refuses the old public password', async () => {
    const url = new URL(embeddedServerUrl(shared));
    url.password = 'navimpact';
    await expect(probeDatabase(url.toString())).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it('maps a missing database to NO_DATABASE', async () => {
    await expect(probeDatabase(embeddedServerUrl(shared, 'no_such_db'))).rejects.toMatchObject({
      code: 'NO_DATABASE',
    });
  });
});

describe('database URLs', () => {
  it('rejects what is not a PostgreSQL URL', () => {
    for (const url of ['not a url', 'mysql://x/y', 'postgres://host-only', 'postgres:///db']) {
      expect(() => parseDatabaseUrl(url), url).toThrow(expect.objectContaining({ code: 'BAD_URL' }));
    }
  });

  it('reads and replaces the database name', () => {
    const url = 'postgresql://u:p@db.example.com:5433/app_dev?sslmode=require';
    expect(databaseName(url)).toBe('app_dev');
    expect(withDatabase(url, 'app_test')).toBe('postgresql://u:p@db.example.com:5433/app_test?sslmode=require');
  });

  it('tells local hosts from remote ones', () => {
    const local = ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '%2Fvar%2Frun%2Fpostgresql'];
    for (const host of local) expect(isLocalUrl(`postgres://u@${host}/db`), host).toBe(true);
    expect(isLocalUrl('postgres:///db?host=/var/run/postgresql')).toBe(true);
    expect(isLocalUrl('postgres://u@db.example.com/db')).toBe(false);
    expect(isLocalUrl('postgres://u@10.0.0.5/db')).toBe(false);
  });
});

describe('embeddedServerOptions', () => {
  it('defaults to apps/sandbox/.pgdata on port 54329, whatever the working directory', () => {
    const dataDir = path.resolve(import.meta.dirname, '../../../apps/sandbox/.pgdata');
    expect(embeddedServerOptions({})).toEqual({ dataDir, port: 54329 });
    expect(embeddedServerOptions({ NAVIMPACT_PGDATA: '/srv/pg', NAVIMPACT_PGPORT: '6000' })).toEqual({
      dataDir: '/srv/pg',
      port: 6000,
    });
  });

  it('rejects a port that is not an integer from 1 to 65535, and a relative folder', () => {
    for (const port of ['', 'abc', '0', '65536', '5432.5']) {
      const options = () => embeddedServerOptions({ NAVIMPACT_PGPORT: port });
      expect(options, port).toThrow(expect.objectContaining({ code: 'BAD_OPTION' }));
    }
    expect(() => embeddedServerOptions({ NAVIMPACT_PGDATA: 'rel/dir' })).toThrow(/absolute path/);
  });
});
