// Benchmark of `navimpact fresh` by scale: per scale, the rows, the time `fresh` reports (run as a
// child process, from its arguments parsed to done, Node's start-up excluded) and its peak RSS,
// against the baseline measured in the same run: create + migrate + COPY of the very same rows
// (dumped from the fresh database) into a new database with its constraints in place.
// Side effects: creates and drops databases navibench_fresh_<pid>*, COPY files in a temporary
// folder. Uses DATABASE_URL's server, else the embedded one (started if needed).
// Prints figures; it asserts nothing. Run: npm run bench:fresh -- --scales 1,10,100,1000,2500
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { dropDatabase, embeddedServerOptions, embeddedServerUrl, startEmbeddedServer, withDatabase } from '@navimpact/server';
import { generateRows, resolveSeedOptions } from '@navimpact/seeds';
import { copyBaseline, dumpTables } from './_copy-baseline.ts';

const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,100' } } });
const SCALES = values.scales.split(',').map(Number);
const DATE = '2026-07-01';
const BIN = resolve(import.meta.dirname, '../../../packages/cli/bin/navimpact.js');
// Prints the child's peak resident memory (its worker threads included) when it exits. A worker
// thread that loads it prints too, when the worker ends, so the largest line is the process's peak.
const PEAK_RSS = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const run = promisify(execFile);
const prefix = `navibench_fresh_${process.pid}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function fresh(url: string, scale: number): Promise<{ ms: number; rssMb: number }> {
  const args = [PEAK_RSS, BIN, 'fresh', '--scale', String(scale), '--date', DATE];
  const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 1024 * 1024 });
  return { ms: Number(/^done in (\d+) ms$/m.exec(stdout)![1]), rssMb: Math.max(...[...stderr.matchAll(/maxrss (\d+)/g)].map((m) => Number(m[1]))) / 1024 };
}

// The tables in the order the seed first writes them, which is an order their foreign keys allow.
function loadOrder(): string[] {
  const seen = new Set<string>();
  for (const _ of generateRows(resolveSeedOptions({ date: DATE }), { add: (table) => void seen.add(table), count: () => 0 }));
  return [...seen];
}

const server = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, 'postgres') : await (async () => {
  const opts = embeddedServerOptions();
  await startEmbeddedServer(opts);
  return embeddedServerUrl(opts);
})();
const target = withDatabase(server, prefix);
const tables = loadOrder();
const results: { scale: number; rows: number; fresh: number; baseline: number; copy: number; rssMb: number }[] = [];
for (const scale of SCALES) {
  const runs = scale <= 10 ? 3 : 1;
  const times: { fresh: number; baseline: number; copy: number; rssMb: number }[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const f = await fresh(target, scale);
    const dir = await mkdtemp(join(tmpdir(), 'navimpact-bench-fresh-'));
    try {
      rows = Object.values(await dumpTables(target, tables, dir)).reduce((a, b) => a + b, 0);
      const b = await copyBaseline(server, `${prefix}_copy`, tables, dir);
      times.push({ fresh: f.ms, baseline: b.total, copy: b.copy, rssMb: f.rssMb });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const m = (key: keyof (typeof times)[number]) => median(times.map((t) => t[key]));
  results.push({ scale, rows, fresh: m('fresh'), baseline: m('baseline'), copy: m('copy'), rssMb: Math.max(...times.map((t) => t.rssMb)) });
  const r = results.at(-1)!;
  console.error(`scale ${scale}: ${rows} rows, fresh ${Math.round(r.fresh)} ms, baseline ${Math.round(r.baseline)} ms (${runs} run${runs > 1 ? 's, medians' : ''})`);
}
await dropDatabase(server, prefix);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(row(['scale', 'rows', 'fresh', 'create + migrate + COPY', '(COPY alone)', 'fresh / copy', 'peak RSS of fresh']));
console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const r of results) {
  console.log(row([String(r.scale), r.rows.toLocaleString('en'), s(r.fresh), s(r.baseline), s(r.copy), (r.fresh / r.baseline).toFixed(2), `${Math.round(r.rssMb)} MB`]));
}
const last = results.at(-1)!;
console.log(`seed-scale: rows ${last.rows}, fresh/copy ${(last.fresh / last.baseline).toFixed(2)}, peak rss ${Math.round(last.rssMb)} MB`);
