// legacy:build — writes a generated legacy NavImpact database.
// Reads: --url (else DATABASE_URL), --rows (default 1000000), --seed (42), --date (2025-08-03).
// Writes: creates the database when it is missing, then the real app's schema and rows; refuses a
// database that already has tables. Exit codes: 0 done, 1 a known error (message + hint) or a failure.
import { parseArgs } from 'node:util';
import { createDatabase, databaseExists, databaseName, redactUrl, withDatabase } from '@navimpact/server';
import { LegacyError } from './errors.ts';
import { buildLegacyDatabase, resolveBuildOptions } from './generator/build-legacy.ts';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, rows: { type: 'string' }, seed: { type: 'string' }, date: { type: 'string' } },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  if (!url) throw LegacyError.noTarget();
  const { rows, seed, date } = resolveBuildOptions({
    rows: values.rows === undefined ? undefined : Number(values.rows),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    date: values.date,
  });
  const server = withDatabase(url, 'postgres');
  if (!(await databaseExists(server, databaseName(url)))) await createDatabase(server, databaseName(url));
  console.log(`Building a legacy database of about ${rows.toLocaleString('en-AU')} rows in ${redactUrl(url)} (seed ${seed})`);
  const report = await buildLegacyDatabase(url, {
    rows, seed, date,
    onTable: (t) => console.log(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(9)} rows ${String(t.ms).padStart(7)} ms  rss ${t.rssMb} MB`),
  });
  console.log(`${report.totalRows.toLocaleString('en-AU')} rows in ${(report.ms / 1000).toFixed(1)} s, peak rss ${report.peakRssMb} MB`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof LegacyError) console.error(`${error.message}\n${error.hint}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
