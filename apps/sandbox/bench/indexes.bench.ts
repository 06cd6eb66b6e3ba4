// Benchmark of the query catalog's indexes at scale: seeds a database with about --grants N grants
// (default 1,000,000) through `freshDatabase`, the operation behind `navimpact fresh --scale`,
// ANALYZEs it, and for each catalog query on grants or another table of at least MIN_ROWS rows
// prints its p50 execution time on the server (and its round trip) with its index and without it
// (dropped in a transaction that is rolled back), their ratio and the scans each plan uses; it ends with the line
//   index-speedup: grants <N>, median <X>x, min <Y>x over <K> queries
// over the selective queries: those whose filter matches at most SELECTIVE_SHARE of the table, or
// whose plan with the index reads no more than that (ORDER BY … LIMIT taken in index order).
// Side effects: creates and drops the database navibench_indexes_<pid> on DATABASE_URL's server,
// else on the embedded one (started if stopped). Prints figures; it asserts nothing.
// Run: npm run bench:indexes -- --grants 16500   (BENCH_RUNS=15 timed runs per case)
import { parseArgs } from 'node:util';
import pg from 'pg';
import { QUERY_CATALOG, type CatalogQuery } from '@navimpact/schema';
import { dropDatabase, embeddedServerOptions, embeddedServerUrl, startEmbeddedServer, withDatabase } from '@navimpact/server';
import { buildDataset, resolveSeedOptions } from '@navimpact/seeds';
import { freshDatabase } from '@navimpact/cli';
import { matchedShare, probeIndex } from './_index-probe.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MIN_ROWS = 10_000;
// An index scan beats reading the whole table by 50x only when it fetches about 1% of the rows or fewer.
const SELECTIVE_SHARE = 0.01;
// The tests' date, at which every catalog query's sample parameters return rows.
const DATE = '2026-07-01';

const percent = (share: number) => `${(share * 100).toFixed(share < 0.001 ? 4 : 2)}%`;

const { values } = parseArgs({ options: { grants: { type: 'string', default: '1000000' } } });
const wanted = Number(values.grants);
if (!Number.isInteger(wanted) || wanted < 1) {
  console.error(`--grants must be a whole number of grants, not ${values.grants}.`);
  process.exit(1);
}
// Grants grow with the scale; the demo preset at scale 1 says how many one unit holds.
const perScale = buildDataset(resolveSeedOptions({ preset: 'demo', seed: 42, date: DATE })).get('grants')!.length;
let options;
try {
  options = resolveSeedOptions({ preset: 'demo', seed: 42, date: DATE, scale: wanted / perScale });
} catch (error) {
  console.error(`${wanted} grants need scale ${Number((wanted / perScale).toFixed(2))}: ${(error as Error).message}`);
  process.exit(1);
}

const server = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, 'postgres') : await (async () => {
  const opts = embeddedServerOptions();
  await startEmbeddedServer(opts);
  return embeddedServerUrl(opts);
})();
const name = `navibench_indexes_${process.pid}`;
const target = withDatabase(server, name);
const ms = (exec: number, trip: number) => `${exec.toFixed(3).padStart(10)} ms (round trip ${trip.toFixed(2)} ms)`;

// Prints one query's figures; returns its ratio when it is selective, else says why no index pays.
async function report(query: CatalogQuery, table: string, rows: number): Promise<number | null> {
  const share = await matchedShare(client, query);
  const probe = await probeIndex(client, query, table, RUNS);
  const ratio = probe.withoutMs / probe.withMs;
  const read = probe.withRead / Math.max(1, rows);
  const usesIndex = probe.withPlan.includes(query.index);
  const selective = (share ?? 1) <= SELECTIVE_SHARE || (usesIndex && read <= SELECTIVE_SHARE);
  const matched = share === null ? 'matches n/a' : `matches ${percent(share)}`;
  console.log(`${query.name} on ${table} (${rows} rows), ${matched}, its plan reads ${percent(read)}${selective ? '' : ' (not selective)'}`);
  console.log(`  with    ${ms(probe.withMs, probe.withTripMs)}  ${probe.withPlan}`);
  const also = probe.fallbacks.length ? ` (also dropped ${probe.fallbacks.join(', ')}, which the planner fell back on)` : '';
  console.log(`  without ${ms(probe.withoutMs, probe.withoutTripMs)}  ${probe.withoutPlan}${also}`);
  console.log(`  ratio   ${ratio.toFixed(1)}x`);
  if (selective) return ratio;
  console.log(`  why not selective: ${whyNotSelective(query, probe.withPlan, usesIndex)}`);
  return null;
}

function whyNotSelective(query: CatalogQuery, plan: string, usesIndex: boolean): string {
  if (usesIndex) return 'its plan must fetch that share of the table with the index, too many rows for an index to beat reading them all by much';
  if (!plan.startsWith('Seq Scan')) return `the planner serves it as well with ${plan}, and the rows it returns are that share of the table`;
  if (/\blimit\b/.test(query.sql) && !/\border by\b/.test(query.sql)) {
    return 'with LIMIT and no ORDER BY a sequential scan stops as soon as it has its rows, sooner than the index would find them';
  }
  return 'the filter matches so much of the table that reading it whole is cheaper than fetching those rows by index';
}

const client = new pg.Client({ connectionString: target });
let connected = false;
// The database goes whatever happens, a failed seed included: a benchmark leaves nothing behind.
try {
  const t = performance.now();
  await freshDatabase(target, options);
  await client.connect();
  connected = true;
  await client.query('analyze');
  const { rows: sizes } = await client.query<{ index: string; table: string; rows: string }>(
    `select i.indexname as index, i.tablename as table, c.reltuples::bigint::text as rows
     from pg_indexes i join pg_class c on c.relname = i.tablename and c.relkind = 'r' where i.schemaname = current_schema()`);
  const tableOf = new Map(sizes.map((s) => [s.index, s]));
  const grants = Number(sizes.find((s) => s.table === 'grants')!.rows);
  console.log(`seeded ${grants} grants (scale ${options.scale}) in ${((performance.now() - t) / 1000).toFixed(1)} s; p50 of ${RUNS} runs per case, execution time on the server (ratios use it)`);
  const ratios: number[] = [];
  for (const query of QUERY_CATALOG) {
    const size = tableOf.get(query.index)!;
    if (size.table !== 'grants' && Number(size.rows) < MIN_ROWS) continue;
    const ratio = await report(query, size.table, Number(size.rows));
    if (ratio !== null) ratios.push(ratio);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(`index-speedup: grants ${grants}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}x, min ${sorted[0]!.toFixed(1)}x over ${sorted.length} queries`);
} finally {
  if (connected) await client.end();
  await dropDatabase(server, name);
}
