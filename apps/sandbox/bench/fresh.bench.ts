// Benchmark of `navimpact fresh` with the demo preset: warm (server running) against the
// irreducible path to the same database (create + migrate + COPY of the very same rows), and
// cold (no data folder). Prints figures; it asserts nothing, so a noisy machine fails no build.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createOrm, migrateUp } from '@navimpact/schema';
import { createDatabase, dropDatabase, embeddedServerOptions, embeddedServerUrl, startEmbeddedServer, stopEmbeddedServer, withDatabase } from '@navimpact/server';
import { buildDataset, copyDataset, resolveSeedOptions, syncIdentitySequences } from '@navimpact/seeds';
import { freshDatabase } from '@navimpact/cli';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLI = resolve(import.meta.dirname, '../../../node_modules/.bin/navimpact');
const options = resolveSeedOptions({ preset: 'demo' });
const run = promisify(execFile);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

async function copyBaseline(server: string, name: string, dataset: ReturnType<typeof buildDataset>): Promise<{ total: number; copy: number }> {
  await dropDatabase(server, name);
  const t = performance.now();
  await createDatabase(server, name);
  const orm = await createOrm({ url: withDatabase(server, name) });
  await migrateUp(orm).finally(() => orm.close());
  const client = new pg.Client({ connectionString: withDatabase(server, name) });
  await client.connect();
  const c = performance.now();
  await client.query('begin');
  await copyDataset(client, dataset);
  await syncIdentitySequences(client, dataset);
  await client.query('commit');
  await client.end();
  const end = performance.now();
  return { total: end - t, copy: end - c };
}

async function cold(): Promise<{ start: number; fresh: number; cli: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'navimpact-cold-'));
  await chmod(dir, 0o755);
  const env = { ...process.env, NAVIMPACT_PGDATA: join(dir, 'pg'), NAVIMPACT_PGPORT: String(55000 + (process.pid % 1000)) };
  delete env.DATABASE_URL;
  try {
    const cli = await time(() => run(CLI, ['fresh'], { env }));
    const opts = embeddedServerOptions(env);
    await stopEmbeddedServer(opts);
    await rm(opts.dataDir, { recursive: true, force: true });
    const start = await time(() => startEmbeddedServer(opts));
    const fresh = await time(() => freshDatabase(embeddedServerUrl(opts, 'navimpact'), options));
    await stopEmbeddedServer(opts);
    return { start, fresh, cli };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const server = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, 'postgres') : await (async () => {
  const opts = embeddedServerOptions();
  await startEmbeddedServer(opts);
  return embeddedServerUrl(opts);
})();
const target = withDatabase(server, 'navimpact_bench');
const dataset = buildDataset(options);
const rows = [...dataset.values()].reduce((n, r) => n + r.length, 0);
await freshDatabase(target, options);

const warm: number[] = [];
const baseline: number[] = [];
const copyOnly: number[] = [];
for (let i = 0; i < RUNS; i++) {
  warm.push(await time(() => freshDatabase(target, options)));
  const b = await copyBaseline(server, 'navimpact_bench_copy', dataset);
  baseline.push(b.total);
  copyOnly.push(b.copy);
}
const cliWarm: number[] = [];
for (let i = 0; i < 3; i++) cliWarm.push(await time(() => run(CLI, ['fresh'], { env: { ...process.env, DATABASE_URL: target } })));
await dropDatabase(server, 'navimpact_bench_copy');
await dropDatabase(server, 'navimpact_bench');
const c = await cold();

const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`demo preset: ${rows} rows, ${RUNS} runs each`);
console.log(`warm fresh (in process)        median ${ms(median(warm))}`);
console.log(`warm navimpact fresh (process) median ${ms(median(cliWarm))}   target < 2000 ms`);
console.log(`create + migrate + COPY        median ${ms(median(baseline))}   (COPY alone ${ms(median(copyOnly))})`);
console.log(`cold: initdb + start ${ms(c.start)}, fresh ${ms(c.fresh)}; cold navimpact fresh (process) ${ms(c.cli)}   target < 5000 ms`);
console.log(`fresh: warm ${ms(median(warm))} vs COPY baseline ${ms(median(baseline))}, ratio ${(median(warm) / median(baseline)).toFixed(2)} (target <= 2)`);
