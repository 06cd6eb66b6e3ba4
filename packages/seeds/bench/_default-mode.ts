// Runs real `vitest run` child processes in Vitest's default isolation (a fresh worker and module
// graph per file) on generated test files, each of which times its own database from inside.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const VITEST = join(import.meta.dirname, '../../../node_modules/vitest/vitest.mjs');

/** One file's database, as the file itself timed it. */
export interface FileTiming {
  /** `useTestDatabase()` at the top of the file. */
  setup: number;
  /** The helper's beforeAll hook. */
  hook: number;
  /** The first query through `db.em` in the first test (a lazy ORM pays here). */
  first: number;
  /** Of `first`, making the ORM: MikroORM's entity discovery in a cold process. */
  orm: number;
  /** All three: what the file waits for its database. */
  total: number;
}

// What each generated file runs: the three figures around the helper, written one line per file.
const FILE = `import { appendFileSync } from 'node:fs';
import { beforeAll, it } from 'vitest';
import { useTestDatabase } from '../../src/testing/index.ts';

let hookStart = 0;
let hookEnd = 0;
beforeAll(() => void (hookStart = performance.now()));
const setupStart = performance.now();
const db = useTestDatabase();
const setup = performance.now() - setupStart;
beforeAll(() => void (hookEnd = performance.now()));

it('queries through the ORM', async () => {
  const startedAt = performance.now();
  void db.orm;
  const orm = performance.now() - startedAt;
  await db.em.getConnection().execute('select 1');
  const first = performance.now() - startedAt;
  const hook = hookEnd - hookStart;
  appendFileSync(process.env.BENCH_TIMINGS!, JSON.stringify({ setup, hook, first, orm, total: setup + hook + first }) + '\\n');
});
`;

/**
 * Writes `files` test files and a config with the given global setup into a scratch folder next
 * to this file, runs Vitest on them (isolated by default, or with workers reused), and returns
 * each file's own timing. The folder is removed afterwards.
 */
export async function vitestFileTimings(setupSource: string, files: number, options: { isolate: boolean }): Promise<FileTiming[]> {
  const dir = await mkdtemp(join(import.meta.dirname, '.vitest-files-'));
  const timings = join(dir, 'timings.jsonl');
  try {
    await writeFile(join(dir, 'setup.ts'), setupSource);
    await writeFile(
      join(dir, 'vitest.config.ts'),
      `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['*.timed.ts'], globalSetup: ['./setup.ts'], isolate: ${options.isolate} } });\n`,
    );
    for (let i = 0; i < files; i++) await writeFile(join(dir, `f${String(i).padStart(3, '0')}.timed.ts`), FILE);
    await writeFile(timings, '');
    const env = { ...process.env, BENCH_TIMINGS: timings, NO_COLOR: '1' };
    await promisify(execFile)(process.execPath, [VITEST, 'run'], { cwd: dir, env }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the Vitest run failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    });
    const lines = (await readFile(timings, 'utf8')).trim().split('\n').filter(Boolean);
    return lines.map((line) => JSON.parse(line) as FileTiming);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
