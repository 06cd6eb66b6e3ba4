import { dirname, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { RECORD_TABLE, migrateUp } from '@navimpact/schema';
import { connectClient, databaseName, withClient, withDatabase } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { withOrm } from './_connections.ts';
import { assertNotServerDatabase, MAINTENANCE_DATABASE } from './_protected.ts';
import { legacyName, markComplete, swapInto, swapNames } from './_swap.ts';
import type { PauseAt, PausePoint } from './_swap.ts';
import { waitForTurn } from './_turn.ts';
import { backupDatabase } from './backup.ts';
import type { DestroyOverrides } from './guard.ts';
import { DEFAULT_ENVIRONMENT, recordDatabase } from './record.ts';
import { assertAdoptable } from './adopt/_adoptable.ts';
import { copyLegacyTables } from './adopt/_copy-legacy.ts';
import { decisionGroups } from './adopt/_decisions.ts';
import { proveAdoption } from './adopt/_proof.ts';
import type { AdoptionProof } from './adopt/_proof.ts';
import { adoptionReportMarkdown } from './adopt/_report.ts';
import type { ReportInput } from './adopt/_report.ts';
import { transformLegacy } from './adopt/_transform.ts';
import { planAdoption } from './adopt/plan.ts';

/** Options of an adoption: overrides, the backup (on by default) and where files go, progress, cancellation, a test pause. */
export interface AdoptOptions {
  overrides?: DestroyOverrides;
  backup?: boolean;
  /** Where the backup and the report go (default: the working directory of the command). */
  directory: string;
  /** The report file (default `adoption-<db>-<time>.md` next to the backup). */
  reportFile?: string;
  onStep?: (line: string) => void;
  /** Aborted on Ctrl-C or SIGTERM: the adoption stops, drops its copy, and throws CliError.interrupted. */
  signal?: AbortSignal;
  pauseAt?: PauseAt;
}

/** What adoption did: the summary's facts (backup, proof, legacy database kept aside, time) and the report file. */
export interface AdoptionResult extends ReportInput {
  reportFile: string;
}

// Where a cancelled adoption stops: between statements, tables and stages, and at every test pause.
interface Checkpoints {
  stop(): void;
  pause(point: PausePoint): Promise<void>;
  interrupted(): CliError;
}

function checkpoints(database: string, options: AdoptOptions): Checkpoints {
  const { signal } = options;
  const interrupted = () => CliError.interrupted(signal?.reason, `nothing was adopted; ${database} is as it was and no half-built copy is left.`);
  const stop = () => {
    if (signal?.aborted) throw interrupted();
  };
  return { stop, interrupted, pause: async (point) => {
    await options.pauseAt?.(point);
    stop();
  } };
}

/**
 * Adopts a legacy NavImpact database into V2 without ever writing to it: a backup first, then
 * `<db>__building` gets the V2 migration, a verbatim copy of every legacy table in `legacy_archive`
 * (by COPY) and the V2 rows built from it in SQL, with a ledger; the build must prove itself, is
 * recorded `how: adopt`, marked complete and swapped in by fresh's one-transaction swap, which
 * keeps the legacy database as `<db>__legacy` for `adopt --undo`. Cancelled or failed at any
 * point before the swap commits, only the copy is dropped.
 * @example await adoptDatabase(process.env.DATABASE_URL!, { directory: process.cwd() });
 */
export async function adoptDatabase(url: string, options: AdoptOptions): Promise<AdoptionResult> {
  const startedAt = performance.now();
  const step = options.onStep ?? (() => {});
  const database = databaseName(url);
  assertNotServerDatabase(url, 'adopt');
  const at = checkpoints(database, options);
  const admin = await connectClient(withDatabase(url, MAINTENANCE_DATABASE));
  try {
    await waitForTurn(admin, database, 'adopt', options.signal);
    const { record, empty } = await assertAdoptable(url, options.overrides ?? { force: false, forceProduction: false });
    const legacy = legacyName(database);
    const { rowCount } = await admin.query('select from pg_database where datname = $1', [legacy]);
    if (rowCount) throw CliError.alreadyAdopted(legacy);
    const plan = await planAdoption(url);
    await at.pause('backup');
    const backupFile = options.backup === false ? null : (await backupDatabase(url, { directory: options.directory, onProgress: at.stop })).file;
    if (backupFile) step(`backup written: ${backupFile}`);
    const { building } = swapNames(database);
    await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(building)} template template0 encoding 'UTF8'`);
    let proof: AdoptionProof;
    try {
      proof = await build(url, withDatabase(url, building), step, at, options.signal);
      if (proof.problems.length > 0) throw CliError.adoptionUnproven(database, proof.problems);
      await recordDatabase(withDatabase(url, building), 'adopt', record?.environment ?? DEFAULT_ENVIRONMENT);
      await withClient(withDatabase(url, building), (client) => client.query(`analyze ${RECORD_TABLE}`));
      await markComplete(admin, building);
      await swapInto(admin, database, at.pause, { keepOldAs: legacy });
    } catch (error) {
      await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`).catch(() => {});
      throw options.signal?.aborted ? at.interrupted() : error;
    }
    step(`adopted; the legacy database is kept as ${legacy}`);
    const input: ReportInput = { database, legacy, backupFile, empty, proof, ms: Math.round(performance.now() - startedAt) };
    const reportFile = resolve(options.reportFile ?? resolve(backupFile ? dirname(backupFile) : options.directory, reportName(database)));
    await writeReport(url, reportFile, input, plan);
    return { ...input, reportFile };
  } finally {
    await admin.end().catch(() => {});
  }
}

// The copy: migrated, the legacy tables archived, the V2 rows built, statistics gathered, proven.
// A cancellation ends both connections, so a long COPY or statement stops at once.
async function build(url: string, buildingUrl: string, step: (line: string) => void, at: Checkpoints, signal?: AbortSignal): Promise<AdoptionProof> {
  await withOrm(buildingUrl, migrateUp);
  step('V2 migration applied to the copy');
  at.stop();
  const legacyClient = await connectClient(url);
  const client = await connectClient(buildingUrl);
  const endBoth = () => Promise.all([legacyClient.end(), client.end()]).catch(() => {});
  signal?.addEventListener('abort', endBoth, { once: true });
  try {
    const { rows } = await legacyClient.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = current_schema() and tablename <> 'navimpact_metadata' order by 1`);
    const copied = await copyLegacyTables(legacyClient, client, rows.map((r) => r.name), () => at.pause('copy'));
    step(`copied ${copied.length} legacy tables, ${copied.reduce((n, c) => n + c.rows, 0)} rows, into legacy_archive`);
    await at.pause('build');
    await client.query('begin');
    await transformLegacy(client, copied, () => at.pause('transform'));
    await client.query('commit');
    await client.query('analyze');
    await at.pause('proof');
    const proof = await proveAdoption(client, copied);
    step(`proof: ${proof.tables.filter((t) => t.ok).length}/${proof.tables.length} tables balance, ${proof.violations.length} conformance violations`);
    return proof;
  } finally {
    signal?.removeEventListener('abort', endBoth);
    await endBoth();
  }
}

async function writeReport(url: string, file: string, input: ReportInput, plan: string[]): Promise<void> {
  const client = await connectClient(url);
  try {
    await writeFile(file, adoptionReportMarkdown(input, await decisionGroups(client), plan));
  } finally {
    await client.end().catch(() => {});
  }
}

function reportName(database: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `adoption-${database.replace(/[^\w.-]/g, '_')}-${stamp}.md`;
}
