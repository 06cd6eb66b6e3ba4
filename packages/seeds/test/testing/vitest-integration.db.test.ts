import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { withDatabase } from '@navimpact/server';
import { databasesOf, dropNamespace, freshNamespace, query, testServers } from './_servers.ts';

const [server] = await testServers();
const VITEST = join(import.meta.dirname, '../../../../node_modules/vitest/vitest.mjs');
const PROJECT = join(import.meta.dirname, 'fixtures/vitest-project');

interface Run {
  code: number;
  output: string;
}

/** Runs the fixture project in its own Vitest process, as CI would. */
async function vitest(env: Record<string, string>): Promise<Run> {
  const options = { cwd: PROJECT, env: { ...process.env, DATABASE_URL: server!.url, NO_COLOR: '1', ...env } };
  return promisify(execFile)(process.execPath, [VITEST, 'run'], options).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

const namesIn = (output: string): string[] => [...output.matchAll(/database (\S+_test_\S+)/g)].map((m) => m[1]!);

describe('the Vitest integration', () => {
  const namespaces: string[] = [];
  afterAll(async () => {
    for (const ns of namespaces) await dropNamespace(server!.url, ns);
  });

  it('serves two runs started at once from one template, each file on its own database, dropped afterwards', async () => {
    const ns = freshNamespace();
    namespaces.push(ns);
    const runs = await Promise.all([vitest({ FIXTURE_NAMESPACE: ns }), vitest({ FIXTURE_NAMESPACE: ns })]);
    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    const names = runs.flatMap((run) => namesIn(run.output));
    expect(new Set(names).size).toBe(4);
    const left = await databasesOf(server!.url, ns);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^${ns}_tpl_`));
  });

  it('keeps a failing file\'s database when asked, names it in the output, and drops the passing one', async () => {
    const ns = freshNamespace();
    namespaces.push(ns);
    const run = await vitest({ FIXTURE_NAMESPACE: ns, FIXTURE_FAIL: '1', NAVIMPACT_KEEP_TEST_DB: 'failed' });
    expect(run.code).toBe(1);
    const kept = /kept test database (\S+) at (\S+)/.exec(run.output);
    expect(kept, run.output).not.toBeNull();
    const password = decodeURIComponent(new URL(server!.url).password);
    if (password) expect(kept![2]).not.toContain(password);
    expect(kept![2]).toMatch(/:\*\*\*@|\/\/[^:@/]+@/);
    expect(await databasesOf(server!.url, `${ns}_test`)).toEqual([kept![1]]);
    const [row] = await query<{ n: number }>(withDatabase(server!.url, kept![1]!), `select count(*)::int as n from organisations where slug = 'left-for-inspection'`);
    expect(row!.n).toBe(1);
  });
});
