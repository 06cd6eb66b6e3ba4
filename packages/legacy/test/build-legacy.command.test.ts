import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
// The repository's pinned Node 24 strips types, so the command runs from its .ts source.
const NODE = path.resolve(import.meta.dirname, '../../../node_modules/.bin/node');
const COMMAND = path.resolve(import.meta.dirname, '../src/build-legacy.command.ts');

async function command(args: string[]): Promise<{ code: number; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    await run(NODE, [COMMAND, ...args], { env });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('legacy:build', () => {
  it('asks for a target when there is no --url and no DATABASE_URL, with exit code 1 and no stack', async () => {
    const { code, stderr } = await command(['--rows', '5000']);
    expect(code).toBe(1);
    expect(stderr).toContain('No target database: pass --url or set DATABASE_URL.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a row count it cannot build before connecting anywhere', async () => {
    const { code, stderr } = await command(['--rows', '12', '--url', 'postgres://nobody@127.0.0.1:1/none']);
    expect(code).toBe(1);
    expect(stderr).toContain('--rows 12 is not an integer of at least 1000.');
  });
});
