import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopEmbeddedServer } from '@navimpact/server';
import { query, withScratchDatabase } from './_cli.ts';

// The real command, in its own process: exit codes and pipes are properties of the process.
const BIN = path.resolve(import.meta.dirname, '../bin/navimpact.js');
const SLOW = { timeout: 120_000 };
const roots: string[] = [];

afterAll(async () => {
  for (const root of roots) {
    await stopEmbeddedServer({ dataDir: path.join(root, 'pg'), port: 1 }).catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
}, 60_000);

interface Run {
  code: number | null;
  firstLine: string;
  stderr: string;
}

/**
 * Runs `navimpact` with a clean environment. With `closeStdout`, our end of its stdout pipe is
 * destroyed after the first line ('first') or before it writes anything ('at-once'), as
 * `| head -1` does.
 */
function navimpact(args: string[], env: NodeJS.ProcessEnv, closeStdout?: 'first' | 'at-once'): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let firstLine = '';
  let stderr = '';
  if (closeStdout === 'at-once') child.stdout.destroy();
  child.stdout.on('data', (chunk: Buffer) => {
    firstLine ||= chunk.toString('utf8').split('\n')[0] ?? '';
    if (closeStdout === 'first') child.stdout.destroy();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, firstLine, stderr })));
}

async function newDataFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'navimpact-cli-'));
  // As root, initdb runs as `postgres`, which must get into the folder.
  await chmod(root, 0o755);
  roots.push(root);
  return path.join(root, 'pg');
}

describe('no failure exits 0', SLOW, () => {
  it('a command that fails after initialising a brand-new data folder exits 1', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => holder.once('listening', resolve));
    const port = String((holder.address() as { port: number }).port);
    try {
      // The data folder is initialised, then the start fails: the port is taken.
      const run = await navimpact(['start'], { NAVIMPACT_PGDATA: await newDataFolder(), NAVIMPACT_PGPORT: port });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`error: The embedded PostgreSQL server cannot listen on port ${port}`);
    } finally {
      holder.close();
    }
  });

  it('a data folder that is a file is one error and a hint, exit 1', async () => {
    const file = path.join(path.dirname(await newDataFolder()), 'a-file');
    await writeFile(file, 'not a cluster');
    const run = await navimpact(['start'], { NAVIMPACT_PGDATA: file, NAVIMPACT_PGPORT: '1' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: The embedded PostgreSQL server cannot use ${file} as its data folder: it is a file, or lies inside one, not a folder.`,
      'hint: Point NAVIMPACT_PGDATA at a new or empty folder (an absolute path), or unset it to use apps/sandbox/.pgdata.',
    ]);
  });
});

describe('a closed stdout is not a crash', SLOW, () => {
  it('`status | head -1` exits 0 without a stack', async () => {
    const env = { NAVIMPACT_PGDATA: await newDataFolder(), NAVIMPACT_PGPORT: '1' };
    const run = await navimpact(['status'], env, 'at-once');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('`fresh | head -2` still rebuilds the database and exits 0', async () => {
    await withScratchDatabase(async (url) => {
      const run = await navimpact(['fresh', '--preset', 'minimal'], { DATABASE_URL: url }, 'first');
      expect(run.firstLine).toMatch(/^• /);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(await query(url, 'select count(*)::int as n from sdgs')).toEqual([{ n: 17 }]);
    });
  });
});
