// Benchmark of `navimpact backup` and `navimpact restore` on the demo preset at scale 100, against
// `pg_dump -Fc` / `pg_restore` of the same database on the system PostgreSQL 15 (pg_dump 15 cannot
// read a PostgreSQL 18 server), plus our own times on the embedded PostgreSQL 18.
// Side effects: creates and drops databases navibench_backup_<pid>_* on both servers, files in a
// temporary folder. Needs the system PostgreSQL on 127.0.0.1:5432 (NAVIMPACT_SECOND_PG_URL) for
// the comparison, and pg_dump/pg_restore on PATH; without them it says so and times ours alone.
// Prints figures; it asserts nothing. Run: npm run bench:backup (BENCH_SCALE=100, BENCH_RUNS=3).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, dropDatabase, embeddedServerOptions, embeddedServerUrl, probeDatabase, startEmbeddedServer, withDatabase } from '@navimpact/server';
import { resolveSeedOptions } from '@navimpact/seeds';
import { backupDatabase, freshDatabase, restoreDatabase } from '@navimpact/cli';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BIN = resolve(import.meta.dirname, '../../../packages/cli/bin/navimpact.js');
// Prints the child's peak resident memory when it exits, so the figures show memory stays flat.
const PEAK_RSS = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const run = promisify(execFile);
const prefix = `navibench_backup_${process.pid}`;
const dir = await mkdtemp(join(tmpdir(), 'navimpact-bench-backup-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function timed(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; rssKb: number }> {
  const t = performance.now();
  const { stderr } = await run(file, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - t, rssKb: Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? 0) };
}

const navimpact = (args: string[], url: string) => timed(process.execPath, [PEAK_RSS, BIN, ...args], { DATABASE_URL: url });

interface Ours {
  backup: number;
  restore: number;
  inProcess: { backup: number; restore: number };
  size: number;
  rssMb: number;
}

// Each run times the `navimpact` process (what a user waits for, like pg_dump's) and the same
// operation called in this process (the engine alone, without Node's start and imports), then
// `between` (pg_dump's run), so a busy machine's noise falls on both sides alike.
async function ours(label: string, server: string, between: () => Promise<void> = async () => {}): Promise<Ours> {
  const source = withDatabase(server, `${prefix}_src`);
  const target = withDatabase(server, `${prefix}_ours`);
  const t = performance.now();
  const seeded = await freshDatabase(source, resolveSeedOptions({ preset: 'demo', scale: SCALE }));
  console.log(`${label}: seeded demo x${SCALE}, ${seeded.seed.totalRows.toLocaleString('en-AU')} rows in ${s(performance.now() - t)}`);
  const backups: number[] = [];
  const restores: number[] = [];
  const engineBackups: number[] = [];
  const engineRestores: number[] = [];
  let rss = 0;
  const file = join(dir, `${label}.navimpact-backup`);
  for (let i = 0; i < RUNS; i++) {
    await rm(file, { force: true });
    const b = await navimpact(['backup', '--output', file], source);
    await dropDatabase(server, `${prefix}_ours`);
    const r = await navimpact(['restore', file], target);
    backups.push(b.ms);
    restores.push(r.ms);
    rss = Math.max(rss, b.rssKb, r.rssKb);
    let t0 = performance.now();
    await backupDatabase(source, { output: file, directory: dir, force: true });
    engineBackups.push(performance.now() - t0);
    await dropDatabase(server, `${prefix}_ours`);
    t0 = performance.now();
    await restoreDatabase(target, file);
    engineRestores.push(performance.now() - t0);
    await between();
  }
  const size = (await stat(file)).size;
  await dropDatabase(server, `${prefix}_ours`);
  const inProcess = { backup: median(engineBackups), restore: median(engineRestores) };
  return { backup: median(backups), restore: median(restores), inProcess, size, rssMb: rss / 1024 };
}

// One run of pg_dump -Fc and createdb + pg_restore per call; `result` gives the medians.
function theirs(server: string): { once: () => Promise<void>; result: () => Promise<{ dump: number; restore: number; size: number }> } {
  const { hostname, port, username } = new URL(server);
  const conn = ['-h', hostname, '-p', port || '5432', '-U', username || 'postgres', '--no-password'];
  const file = join(dir, 'pg_dump.dump');
  const dumps: number[] = [];
  const restores: number[] = [];
  const once = async () => {
    await rm(file, { force: true });
    dumps.push((await timed('pg_dump', [...conn, '-Fc', '-f', file, `${prefix}_src`])).ms);
    await dropDatabase(server, `${prefix}_theirs`);
    const t = performance.now();
    await createDatabase(server, `${prefix}_theirs`, { template: 'template0' });
    await run('pg_restore', [...conn, '-d', `${prefix}_theirs`, file]);
    restores.push(performance.now() - t);
  };
  const result = async () => {
    await dropDatabase(server, `${prefix}_theirs`);
    return { dump: median(dumps), restore: median(restores), size: (await stat(file)).size };
  };
  return { once, result };
}

const hasPgDump = await run('sh', ['-c', 'command -v pg_dump && command -v pg_restore']).then(() => true, () => false);
const secondUrl = process.env.NAVIMPACT_SECOND_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const second = await probeDatabase(secondUrl).then(() => secondUrl, () => undefined);
const embeddedOptions = embeddedServerOptions();
await startEmbeddedServer(embeddedOptions);
const embedded = embeddedServerUrl(embeddedOptions);

try {
  console.log(`backup/restore benchmark: demo preset x${SCALE}, median of ${RUNS} runs (ours and theirs alternating), ${process.env.NAVIMPACT_PGPORT ? `embedded port ${process.env.NAVIMPACT_PGPORT}` : 'embedded server'}`);
  if (second && hasPgDump) {
    const pgDump = theirs(second);
    const o = await ours('PostgreSQL 15', second, pgDump.once);
    const p = await pgDump.result();
    console.log(`PostgreSQL 15  navimpact backup  ${s(o.backup)}  ${mb(o.size)}   pg_dump -Fc  ${s(p.dump)}  ${mb(p.size)}   ratio ${(o.backup / p.dump).toFixed(2)}x (goal <= 1.0)`);
    console.log(`PostgreSQL 15  navimpact restore ${s(o.restore)}             pg_restore   ${s(p.restore)}             ratio ${(o.restore / p.restore).toFixed(2)}x (goal <= 1.0)`);
    console.log(`PostgreSQL 15  in process (no Node start): backup ${s(o.inProcess.backup)} (${(o.inProcess.backup / p.dump).toFixed(2)}x), restore ${s(o.inProcess.restore)} (${(o.inProcess.restore / p.restore).toFixed(2)}x)`);
    console.log(`PostgreSQL 15  navimpact peak memory ${o.rssMb.toFixed(0)} MB (whole process)`);
    await dropDatabase(second, `${prefix}_src`);
  } else {
    console.log(second ? 'No pg_dump/pg_restore on PATH: the comparison with them is skipped.' : `No PostgreSQL answers at ${secondUrl}: the comparison with pg_dump is skipped.`);
  }
  const e = await ours('PostgreSQL 18', embedded);
  console.log(`PostgreSQL 18  navimpact backup  ${s(e.backup)}  ${mb(e.size)}   navimpact restore ${s(e.restore)}   peak memory ${e.rssMb.toFixed(0)} MB`);
  console.log(`PostgreSQL 18  in process (no Node start): backup ${s(e.inProcess.backup)}, restore ${s(e.inProcess.restore)}`);
  await dropDatabase(embedded, `${prefix}_src`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
