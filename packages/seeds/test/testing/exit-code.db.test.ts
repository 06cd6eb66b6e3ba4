import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { stopEmbeddedServer } from '@navimpact/server';
import { freePort } from '@navimpact/server/testing';

const VITEST = join(import.meta.dirname, '../../../../node_modules/vitest/vitest.mjs');
const PROJECT = join(import.meta.dirname, 'fixtures/vitest-project');
let root = '';

afterAll(async () => {
  if (root === '') return;
  await stopEmbeddedServer({ dataDir: join(root, 'pg'), port: 1 }).catch(() => {});
  await rm(root, { recursive: true, force: true });
}, 60_000);


it('a failing test file on a brand-new embedded data folder fails the run', { timeout: 180_000 }, async () => {
  root = await mkdtemp(join(os.tmpdir(), 'navimpact-exit-'));
  // As root, initdb runs as `postgres`, which must get into the folder.
  await chmod(root, 0o755);
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, NAVIMPACT_PGDATA: join(root, 'pg'), NAVIMPACT_PGPORT: String(await freePort()), NO_COLOR: '1', FIXTURE_FAIL: '1' };
  // The embedded server's library used to end such a run with exit code 0 from its exit hook.
  const run = await promisify(execFile)(process.execPath, [VITEST, 'run'], { cwd: PROJECT, env }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  expect(run.output).toMatch(/1 failed/);
  expect(run.code, run.output).toBe(1);
});
