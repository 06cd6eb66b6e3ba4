import { dirname, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { LOCKS, MIGRATIONS_TABLE, isProduction, migrateUp } from '@navimpact/schema';
import type { DatabaseRecord } from '@navimpact/schema';
import { connectClient, databaseName, withDatabase } from '@navimpact/server';
import { AdoptErrors, CliError } from '../errors.ts';
import { withOrm } from './_connections.ts';
import { assertNotServerDatabase, MAINTENANCE_DATABASE } from './_protected.ts';
import { legacyName, markComplete, swapInto, swapNames } from './_swap.ts';
import type { PauseAt } from './_swap.ts';
import { backupDatabase } from './backup.ts';
import { inspectDatabase } from './guard.ts';
import type { DestroyOverrides } from './guard.ts';
import { DEFAULT_ENVIRONMENT, recordDatabase } from './record.ts';
import { copyLegacyTables } from './adopt/_copy-legacy.ts';
import { proveAdoption } from './adopt/_proof.ts';
import type { AdoptionProof } from './adopt/_proof.ts';
import { adoptionReportMarkdown } from './adopt/_report.ts';
import { transformLegacy } from './adopt/_transform.ts';

/** Options of an adoption: overrides, the backup (on by default) and where files go, progress, a test pause. */
export interface AdoptOptions {
  overrides?: DestroyOverrides;
  backup?: boolean;
  /** Where the backup and the report go (default: the working directory of the command). */
  directory: string;
  /** The report file (default `adoption-<db>-<time>.md` next to the backup). */
  reportFile?: string;
  onStep?: (line: string) => void;
  pauseAt?: PauseAt;
}

/** What adoption did: the backup file, the report file, the proof, the legacy database kept aside, the time. */
export interface AdoptionResult {
  database: string;
  legacy: string;
  backupFile: string | null;
  reportFile: string;
  proof: AdoptionProof;
  ms: number;
}

/** Is the database one adopt may take: legacy NavImpact or empty, not adopted, not production unless forced? */
export async function assertAdoptable(url: string, overrides: DestroyOverrides): Promise<DatabaseRecord | null> {
  assertNotServerDatabase(url, 'adopt');
  const database = databaseName(url);
  const found = await inspectDatabase(url);
  if (found === null) throw AdoptErrors.notLegacy(database, ['the database does not exist']);
  if (found.record?.how === 'adopt' || found.tables.includes(MIGRATIONS_TABLE)) throw AdoptErrors.alreadyAdopted(database);
  if (isProduction(found.record) && !overrides.forceProduction) throw CliError.productionDatabase(database, 'adopt');
  const legacy = found.tables.includes('alembic_version') || (found.tables.includes('users') && found.tables.includes('grants'));
  if (!legacy && found.tables.length > 0) throw AdoptErrors.notLegacy(database, found.tables);
  return found.record;
}

/**
 * Adopts a legacy NavImpact database into V2 without ever writing to it: a backup first, then
 * `<db>__building` gets the V2 migration, a verbatim copy of every legacy table in `legacy_archive`
 * (by COPY) and the V2 rows built from it in SQL, with a ledger; the build must prove itself, is
 * recorded `how: adopt`, marked complete and swapped in by fresh's one-transaction swap, which
 * keeps the legacy database as `<db>__legacy` for `adopt --undo`.
 * @example await adoptDatabase(process.env.DATABASE_URL!, { directory: process.cwd() });
 */
export async function adoptDatabase(url: string, options: AdoptOptions): Promise<AdoptionResult> {
  const startedAt = performance.now();
  const step = options.onStep ?? (() => {});
  const overrides = options.overrides ?? { force: false, forceProduction: false };
  const database = databaseName(url);
  assertNotServerDatabase(url, 'adopt');
  const admin = await connectClient(withDatabase(url, MAINTENANCE_DATABASE));
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    const record = await assertAdoptable(url, overrides);
    const legacy = legacyName(database);
    const { rowCount } = await admin.query('select from pg_database where datname = $1', [legacy]);
    if (rowCount) throw AdoptErrors.alreadyAdopted(legacy);
    let backupFile: string | null = null;
    if (options.backup !== false) {
      backupFile = (await backupDatabase(url, { directory: options.directory })).file;
      step(`backup written: ${backupFile}`);
    }
    const { building } = swapNames(database);
    await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(building)} template template0 encoding 'UTF8'`);
    const buildingUrl = withDatabase(url, building);
    let proof: AdoptionProof;
    try {
      await withOrm(buildingUrl, migrateUp);
      step('V2 migration applied to the copy');
      proof = await build(url, buildingUrl, step, options.pauseAt);
      if (proof.problems.length > 0) throw AdoptErrors.unproven(database, proof.problems);
      await recordDatabase(buildingUrl, 'adopt', record?.environment ?? DEFAULT_ENVIRONMENT);
      await markComplete(admin, building);
    } catch (error) {
      await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`).catch(() => {});
      throw error;
    }
    await swapInto(admin, database, options.pauseAt, { keepOldAs: legacy });
    step(`adopted; the legacy database is kept as ${legacy}`);
    const ms = Math.round(performance.now() - startedAt);
    const reportFile = resolve(options.reportFile ?? resolve(backupFile ? dirname(backupFile) : options.directory, reportName(database)));
    await writeFile(reportFile, adoptionReportMarkdown({ database, legacy, backupFile, proof, ms }, await ledgerSummary(url)));
    return { database, legacy, backupFile, reportFile, proof, ms };
  } finally {
    await admin.end().catch(() => {});
  }
}

async function build(url: string, buildingUrl: string, step: (line: string) => void, pauseAt?: PauseAt): Promise<AdoptionProof> {
  const legacyClient = await connectClient(url);
  const client = await connectClient(buildingUrl);
  try {
    const { rows } = await legacyClient.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = current_schema() and tablename <> 'navimpact_metadata' order by 1`);
    const copied = await copyLegacyTables(legacyClient, client, rows.map((r) => r.name));
    step(`copied ${copied.length} legacy tables, ${copied.reduce((n, c) => n + c.rows, 0)} rows, into legacy_archive`);
    await pauseAt?.('build');
    await client.query('begin');
    await transformLegacy(client, copied);
    await client.query('commit');
    await client.query('analyze');
    const proof = await proveAdoption(client, copied);
    step(`proof: ${proof.tables.filter((t) => t.ok).length}/${proof.tables.length} tables balance, ${proof.violations.length} conformance violations`);
    return proof;
  } finally {
    await legacyClient.end().catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Every ledger row that is not a plain mapping: the decisions the report lists. */
async function ledgerSummary(url: string): Promise<{ legacy_table: string; legacy_id: string; fate: string; v2_id: number | null; reason: string }[]> {
  const client = await connectClient(url);
  try {
    return (await client.query(`select legacy_table, legacy_id, fate, v2_id, reason from legacy_archive.adoption_ledger
      where fate in ('merged', 'set-aside') or (fate = 'mapped' and reason is not null) order by 1, length(legacy_id), 2 limit 100000`)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

function reportName(database: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `adoption-${database.replace(/[^\w.-]/g, '_')}-${stamp}.md`;
}

/**
 * Gives the legacy database back: `<db>__legacy` takes the real name in one transaction and the
 * adopted database is dropped. Refused when there is no kept legacy database, or when the adopted
 * one is recorded as production and `forceProduction` is not set.
 */
export async function undoAdoption(url: string, overrides: DestroyOverrides): Promise<string> {
  assertNotServerDatabase(url, 'adopt --undo');
  const database = databaseName(url);
  const legacy = legacyName(database);
  const admin = await connectClient(withDatabase(url, MAINTENANCE_DATABASE));
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    const { rowCount } = await admin.query('select from pg_database where datname = $1', [legacy]);
    if (!rowCount) throw AdoptErrors.nothingToUndo(database, legacy);
    const found = await inspectDatabase(url);
    if (isProduction(found?.record ?? null) && !overrides.forceProduction) throw CliError.productionDatabase(database, 'adopt --undo');
    await swapInto(admin, database, undefined, { from: legacy });
    return legacy;
  } finally {
    await admin.end().catch(() => {});
  }
}
