// navimpact bench:queries [--rows N] [--seconds S] [--clients 1,8,32,64] [--runs N] [--json FILE] [--keep] [--force]
// Reads:  DATABASE_URL's server; without it the embedded server (started if needed). The target
//         database itself is neither read nor written.
// Writes: <db>_bench (a generated legacy database, adopted to V2) and <db>_bench__legacy beside the
//         target, both dropped at the end (--keep keeps them; a killed run's are dropped by the next);
//         the JSON report (default bench-queries-<UTC time>.json here) and the HTML report beside it (.html).
// Exit:   0 measured; 1 unreachable server, a query that returns no rows; 2 bad command line.
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { CliError } from '../errors.ts';
import { benchQueries, DEFAULT_CLIENTS } from '../operations/bench-queries/bench-queries.ts';
import { defaultReportPaths, reportLines, reportPathsBeside, summaryLine, writeReports } from '../operations/bench-queries/report.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { FORCE_FLAG, progressPrinter } from './_shared.ts';

const NAME = 'bench:queries';

function positive(flag: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw CliError.usage(`--${flag} takes a whole number of at least ${min}, not "${value}".`, NAME);
  return n;
}

function clientLevels(value: string | undefined): number[] {
  if (value === undefined) return [...DEFAULT_CLIENTS];
  const levels = value.split(',').map((v) => Number(v.trim()));
  if (levels.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 90)) {
    throw CliError.usage(`--clients takes numbers from 1 to 90 separated by commas, not "${value}".`, NAME);
  }
  return levels;
}

/** `navimpact bench:queries`: the catalog's queries before (legacy) and after (V2) on the same data, alone and under load. */
export const command = defineCommand({
  summary: 'Benchmark the query catalog on a generated legacy database and its V2 adoption: per query, under load, index usage.',
  flags: {
    rows: { type: 'string', value: 'n', description: 'Rows of the generated legacy database (default 1000000, at least 1000).' },
    seconds: { type: 'string', value: 's', description: 'Seconds of load at each number of clients (default 5).' },
    clients: { type: 'string', value: 'list', description: 'Numbers of concurrent clients, comma-separated (default 1,8,32,64).' },
    runs: { type: 'string', value: 'n', description: 'Timed runs per query and schema, at most (default 25).' },
    json: { type: 'string', value: 'file', description: 'Where to write the JSON results, the HTML report beside it (default bench-queries-<UTC time>.json/.html here).' },
    keep: { type: 'boolean', description: 'Keep the two benchmark databases instead of dropping them.' },
    force: FORCE_FLAG,
  },
  async run(values, { io, env }) {
    const options = {
      rows: positive('rows', values.rows, 1_000_000, 1000), seconds: positive('seconds', values.seconds, 5, 1),
      clients: clientLevels(values.clients), runs: positive('runs', values.runs, 25, 5), keep: values.keep === true,
    };
    const json = values.json === undefined ? undefined : resolve(values.json);
    // Found out now, not after ten minutes of measuring.
    if (json !== undefined) {
      await access(dirname(json)).catch(() => {
        throw CliError.usage(`--json names a file in ${dirname(json)}, a folder that does not exist.`, NAME);
      });
    }
    const target = await resolveTarget(env, { destructive: { command: NAME, force: values.force === true } });
    for (const note of targetNotes(target)) io.out(note);
    io.out(`Benchmarking the query catalog beside ${redactUrl(target.url)}: ${options.rows} legacy rows, ${options.clients.join('/')} clients for ${options.seconds} s each`);
    const result = await benchQueries(target.url, { ...options, onStep: progressPrinter(io) });
    const paths = json === undefined ? defaultReportPaths(process.cwd(), result.startedAt) : reportPathsBeside(json);
    await writeReports(result, paths);
    io.out('');
    for (const line of reportLines(result)) io.out(line);
    io.out(`JSON: ${paths.json}`);
    io.out(`HTML: ${paths.html}`);
    io.out('');
    io.out(summaryLine(result));
    return 0;
  },
});
