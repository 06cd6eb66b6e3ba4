import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { LOCKS, MIGRATIONS_DIR } from '@navimpact/schema/constants';
import { connectClient, databaseName, loadBackup, readBackupHeader, withDatabase } from '@navimpact/server';
import type { BackupHeader, BackupProgress, BackupTrailer } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { assertNotServerDatabase, MAINTENANCE_DATABASE } from './_protected.ts';
import { markComplete, restoreUnderLock, swapInto, swapNames } from './_swap.ts';
import { assertSafeToDestroy, inspectDatabase } from './guard.ts';
import type { DestroyOverrides } from './guard.ts';
import { DEFAULT_ENVIRONMENT, recordDatabase } from './record.ts';
import { assertMayOverwrite } from './restore-guard.ts';

/** What `restore` did: the file's header and trailer, the environment recorded, and the total time. */
export interface RestoreReport {
  url: string;
  header: BackupHeader;
  trailer: BackupTrailer;
  environment: string;
  ms: number;
}

/** Options of a restore: the destroy overrides (--force, --force-production), progress callbacks. */
export interface RestoreOptions {
  overrides?: DestroyOverrides;
  onStep?: (line: string) => void;
  onProgress?: (progress: BackupProgress) => void;
}

/**
 * Replaces the database with a backup, atomically like `fresh`: the file's header is checked
 * first (format, migrations this code knows), then the target, under fresh's lock (a production
 * database or one the toolkit did not make is refused, and so is one that holds tables, unless
 * forced); the backup is loaded into `<db>__building`, checked table by table against the file's
 * checksums, recorded, marked complete and swapped in by fresh's one-transaction swap. On any
 * failure only the copy is dropped; the target is as it was.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const startedAt = performance.now();
  const step = options.onStep ?? (() => {});
  const overrides = options.overrides ?? { force: false, forceProduction: false };
  const header = await readBackupHeader(file);
  const behind = await migrationsBehind(file, header);
  const database = databaseName(url);
  assertNotServerDatabase(url, 'restore');
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  // One session on the maintenance database holds the same per-database lock as `fresh` (a
  // restore and a rebuild of one database take turns) and runs every CREATE, DROP and RENAME.
  const admin = await connectClient(serverUrl);
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    const restored = await restoreUnderLock(admin, database);
    if (restored) step(restored);
    const kept = await assertSafeToDestroy(url, 'restore', overrides);
    await assertMayOverwrite(serverUrl, database, overrides.force);
    const { building, old } = swapNames(database);
    // Leftovers of interrupted runs; neither was ever the real database.
    for (const leftover of [building, old]) await admin.query(`drop database if exists ${pg.escapeIdentifier(leftover)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(building)} template template0 encoding ${pg.escapeLiteral(header.encoding)}`);
    let trailer: BackupTrailer;
    let environment: string;
    try {
      ({ trailer } = await loadBackup(file, withDatabase(url, building), { onProgress: options.onProgress }));
      step(`loaded and verified ${trailer.tables.length} tables`);
      environment = await restoredEnvironment(withDatabase(url, building), kept?.environment);
      await recordDatabase(withDatabase(url, building), 'restore', environment);
      await markComplete(admin, building);
    } catch (error) {
      await admin.query(`drop database if exists ${pg.escapeIdentifier(building)} with (force)`).catch(() => {});
      throw error;
    }
    await swapInto(admin, database);
    step('database restored');
    if (behind > 0) step(`the backup is ${behind} migration(s) behind this code: run \`navimpact migrate\``);
    return { url, header, trailer, environment, ms: Math.round(performance.now() - startedAt) };
  } finally {
    await admin.end().catch(() => {});
  }
}

// The target's own environment wins (a production backup restored on a laptop stays the laptop's
// development database); a new target takes the one the backup recorded, production included, so
// a restored production copy is guarded until someone says otherwise with `env:set`.
async function restoredEnvironment(buildingUrl: string, targetEnvironment: string | undefined): Promise<string> {
  if (targetEnvironment) return targetEnvironment;
  return (await inspectDatabase(buildingUrl))?.record?.environment ?? DEFAULT_ENVIRONMENT;
}

// A backup of a database migrated further than this code could not be migrated or rolled back
// here: refused. One migrated less far is fine; the count of migrations it lacks is returned.
async function migrationsBehind(file: string, header: BackupHeader): Promise<number> {
  if (!header.migrations) return 0;
  const known = (await readdir(MIGRATIONS_DIR)).filter((name) => /\.[cm]?[jt]s$/.test(name)).map(stripExtension);
  const applied = new Set(header.migrations.map(stripExtension));
  const unknown = [...applied].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw CliError.newerMigrations(file, unknown);
  return known.filter((name) => !applied.has(name)).length;
}

function stripExtension(name: string): string {
  return name.replace(/\.[cm]?[jt]s$/, '');
}
