import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenFakeServer, type FakeServer } from '@navimpact/server/testing';
import { prepareTestDatabases } from '../../src/testing/index.ts';

const VITEST = join(import.meta.dirname, '../../../../node_modules/vitest/vitest.mjs');
const PROJECT = join(import.meta.dirname, 'fixtures/vitest-project');

describe.each(['silent', 'garbage'] as const)('the test-database helper on a port that is not PostgreSQL (%s)', (kind) => {
  let fake: FakeServer;
  beforeAll(async () => void (fake = await listenFakeServer(kind)));
  afterAll(() => fake.close());

  const url = () => `postgres://u:pw@127.0.0.1:${fake.port}/postgres?connect_timeout=1`;

  it('prepareTestDatabases fails within the connect timeout, in one sentence', async () => {
    const startedAt = Date.now();
    await expect(prepareTestDatabases({ preset: 'minimal' }, { DATABASE_URL: url() })).rejects.toMatchObject({
      code: 'NOT_POSTGRES',
      message: `Something answers at 127.0.0.1:${fake.port} but it is not PostgreSQL, or it did not answer within 1 s.`,
    });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('a Vitest run with the global setup ends with that sentence and exit 1 instead of hanging', async () => {
    const options = { cwd: PROJECT, timeout: 60_000, env: { ...process.env, DATABASE_URL: url(), NO_COLOR: '1', FIXTURE_NAMESPACE: 'notpg' } };
    const run = await promisify(execFile)(process.execPath, [VITEST, 'run'], options).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('but it is not PostgreSQL, or it did not answer within 1 s.');
  });
});
