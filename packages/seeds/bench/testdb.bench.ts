// Benchmark of the test-database helper: the first template build, a cached setup, and the time
// each test file waits for its database (copy or pool claim + ORM connected), with and without the pool.
// Side effects: creates and drops databases named navibench_* on DATABASE_URL's server, else on
// the embedded server (started if needed). Needs nothing else. Exit 0, or 1 with the error.
// Run: node bench/testdb.bench.ts  (BENCH_FILES=40, BENCH_FILE_MS=300, BENCH_VITEST_FILES=16 by default)
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { resolveSeedOptions } from '../src/options.ts';
import {
  cloneTestDatabase,
  closeTestDatabase,
  dropTestDatabase,
  connectServer,
  openTestDatabase,
  navimpactGlobalSetup,
  startPool,
  templateKey,
  type ProvidedTestDatabase,
} from '../src/testing/index.ts';
import { MIGRATIONS_DIR } from '@navimpact/schema';
import { redactUrl } from '@navimpact/server';
import { vitestFileTimings, type FileTiming } from './_default-mode.ts';

const NAMESPACE = 'navibench';
const SETUP = { preset: 'minimal', seed: 42, date: '2026-07-01', namespace: NAMESPACE } as const;
const FILES = Number(process.env.BENCH_FILES ?? 40);
const COLD_FILES = 10;
const POOL_SIZE = 4;
const FILE_MS = Number(process.env.BENCH_FILE_MS ?? 300);
const VITEST_FILES = Number(process.env.BENCH_VITEST_FILES ?? 16);

// Child modes: each measures one step in a fresh Node process, as a new `vitest run` or a new test file would.
if (process.argv[2] === '--setup') {
  // Times the global setup exactly as Vitest calls it, pool start included; the teardown is not timed.
  let provided: ProvidedTestDatabase | undefined;
  const startedAt = performance.now();
  const teardown = await navimpactGlobalSetup(SETUP)({ provide: (_, value) => void (provided = value) });
  const ms = Math.round(performance.now() - startedAt);
  await teardown();
  // Its pool and claim socket end with this process.
  console.log(JSON.stringify({ ms, provided: { ...provided, pool: null, claims: null } }));
} else if (process.argv[2] === '--file') {
  const provided = JSON.parse(process.argv[3]!) as ProvidedTestDatabase;
  const startedAt = performance.now();
  const db = await openTestDatabase(provided);
  const ms = performance.now() - startedAt;
  await closeTestDatabase(provided.serverUrl, db, { failed: false, keep: 'never' });
  console.log(JSON.stringify({ ms }));
} else if (process.argv[2] === '--worker') {
  const provided = JSON.parse(process.argv[3]!) as ProvidedTestDatabase;
  console.log(JSON.stringify(await files(provided, 1, FILE_MS, Number(process.argv[4]))));
} else if (process.argv[2] === '--claim') {
  const provided = JSON.parse(process.argv[3]!) as ProvidedTestDatabase;
  const startedAt = performance.now();
  const db = await cloneTestDatabase(provided.serverUrl, provided);
  const ms = performance.now() - startedAt;
  await dropTestDatabase(provided.serverUrl, db.name);
  console.log(JSON.stringify({ ms }));
} else {
  await main();
}

async function main(): Promise<void> {
  const templateName = await dropCurrentTemplate();
  const first = await child<{ ms: number; provided: ProvidedTestDatabase }>(['--setup']);
  const builtOid = await oidOf(templateName);
  const cached = await child<{ ms: number }>(['--setup']);
  if (builtOid === undefined || (await oidOf(templateName)) !== builtOid) throw new Error('the second setup did not reuse the template');
  const base = first.provided;
  console.log(`server ${redactUrl(base.serverUrl)}, clone strategy ${base.cloneStrategy ?? 'default'}, ${FILES} files per row`);
  console.log(`first setup, template built (fresh process, global setup as Vitest calls it): ${first.ms} ms`);
  console.log(`second setup, template cached (fresh process):                               ${cached.ms} ms (${((100 * cached.ms) / first.ms).toFixed(1)}% of the first)`);

  await openTestDatabase(base).then((db) => closeTestDatabase(base.serverUrl, db, { failed: false, keep: 'never' }));
  const copied = await files(base, 1, 0);
  console.log(`ready database per file, copied on demand, one at a time:      ${summary(copied.ms)}`);
  const copiedPairs = await workerProcesses(base, 2);
  console.log(`ready database per file, copied on demand, two workers:        ${summary(copiedPairs.ms)}`);

  const pool = startPool(base.serverUrl, { ...base, size: POOL_SIZE });
  try {
    const provided = { ...base, pool: pool.prefix };
    await waitForPool(provided, POOL_SIZE);
    const pooled = await workerProcesses(provided, 2);
    console.log(`ready database per file, pool of ${POOL_SIZE}, two workers:             ${summary(pooled.ms)} (${pooled.hits}/${FILES} from the pool)`);
    await waitForPool(provided, POOL_SIZE);
    const cold: number[] = [];
    const claims: number[] = [];
    for (let i = 0; i < COLD_FILES; i++) {
      cold.push((await child<{ ms: number }>(['--file', JSON.stringify(provided)])).ms);
      claims.push((await child<{ ms: number }>(['--claim', JSON.stringify(provided)])).ms);
    }
    console.log(`ready database per file, pool, fresh process each (JIT cold):  ${summary(cold)} (${COLD_FILES} files)`);
    console.log(`  of which the database alone (connect + claim, no ORM):      ${summary(claims)}`);
    console.log(`(two workers: two processes, each holding a file's database ${FILE_MS} ms as a short test file does; the pool refills meanwhile)`);
    const setupSource = `import { navimpactGlobalSetup } from '../../src/testing/index.ts';\nexport default navimpactGlobalSetup(${JSON.stringify(SETUP)});\n`;
    const isolated = await vitestFileTimings(setupSource, VITEST_FILES, { isolate: true });
    console.log(`Vitest, default isolation (a fresh worker per file), ${isolated.length} files, each timing itself:`);
    printTimings(isolated);
    const reused = await vitestFileTimings(setupSource, VITEST_FILES, { isolate: false });
    console.log(`Vitest, isolate: false (workers reused), ${reused.length} files:`);
    printTimings(reused);
    const [isolatedTotals, reusedTotals] = [isolated.map((t) => t.total), reused.map((t) => t.total)];
    console.log(
      `testdb: default p50 ${fmt(percentile(isolatedTotals, 0.5))} ms, `
        + `clone p50 ${fmt(percentile(pooled.ms, 0.5))} ms, p95 ${fmt(percentile(pooled.ms, 0.95))} ms, `
        + `first build ${first.ms} ms, cached setup ${cached.ms} ms, `
        + `default p95 ${fmt(percentile(isolatedTotals, 0.95))} ms, `
        + `reused p50 ${fmt(percentile(reusedTotals, 0.5))} ms, reused p95 ${fmt(percentile(reusedTotals, 0.95))} ms`,
    );
  } finally {
    await pool.stop();
  }
}

/** `FILES` test files shared by worker processes, as Vitest's workers are processes of their own. */
async function workerProcesses(provided: ProvidedTestDatabase, workers: number): Promise<{ ms: number[]; hits: number }> {
  const share = Math.ceil(FILES / workers);
  const results = await Promise.all(
    Array.from({ length: workers }, () => child<{ ms: number[]; hits: number }>(['--worker', JSON.stringify(provided), String(share)])),
  );
  return { ms: results.flatMap((r) => r.ms), hits: results.reduce((sum, r) => sum + r.hits, 0) };
}

/** `count` test files on `workers` workers; each waits for its database (timed), uses it for `holdMs`, and drops it. */
async function files(provided: ProvidedTestDatabase, workers: number, holdMs: number, count = FILES): Promise<{ ms: number[]; hits: number }> {
  const ms: number[] = [];
  let hits = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next++ < count) {
      const startedAt = performance.now();
      const db = await openTestDatabase(provided);
      ms.push(performance.now() - startedAt);
      if (db.pooled) hits += 1;
      await sleep(holdMs);
      await closeTestDatabase(provided.serverUrl, db, { failed: false, keep: 'never' });
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { ms, hits };
}

async function waitForPool(provided: ProvidedTestDatabase, size: number): Promise<void> {
  const { client } = await connectServer();
  try {
    for (;;) {
      const { rowCount } = await client.query('select 1 from pg_database where datname like $1', [`${provided.pool}%`]);
      if (rowCount === size) return;
      await sleep(20);
    }
  } finally {
    await client.end();
  }
}

async function dropCurrentTemplate(): Promise<string> {
  const key = await templateKey(NAMESPACE, { seed: resolveSeedOptions(SETUP), migrationsDir: MIGRATIONS_DIR });
  const { client } = await connectServer();
  try {
    await client.query(`alter database ${key.name} is_template false`).catch(() => {});
    await client.query(`drop database if exists ${key.name}`);
    return key.name;
  } finally {
    await client.end();
  }
}

async function oidOf(name: string): Promise<number | undefined> {
  const { client } = await connectServer();
  try {
    const { rows } = await client.query<{ oid: number }>('select oid::int as oid from pg_database where datname = $1', [name]);
    return rows[0]?.oid;
  } finally {
    await client.end();
  }
}

async function child<T>(args: string[]): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, [import.meta.filename, ...args], { env: process.env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

function printTimings(timings: FileTiming[]): void {
  const row = (label: string, key: keyof FileTiming) => console.log(`  ${label.padEnd(58)} ${summary(timings.map((t) => t[key]))}`);
  row('database per file (call + hook + first query):', 'total');
  row('  useTestDatabase() at the top of the file:', 'setup');
  row('  its beforeAll hook:', 'hook');
  row('  the first query through db.em:', 'first');
  row('    of which making the ORM (entity discovery):', 'orm');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

function summary(values: number[]): string {
  return `p50 ${fmt(percentile(values, 0.5))} ms, p95 ${fmt(percentile(values, 0.95))} ms, max ${fmt(Math.max(...values))} ms`;
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}
