import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { LOCKS, MIGRATIONS_DIR } from '@navimpact/schema/constants';
import { connectClient, databaseName, loadBackup, readBackupHeader, withDatabase } from '@navimpact/server';
import type { BackupHeader, BackupProgress, BackupTrailer } from '@navimpact/server';
import { CliError } from '../errors.ts';
import { MAINTENANCE_DATABASE } from './target.ts';
import { assertMayOverwrite } from './restore-guard.ts';
import { sideName, swapDatabase } from './_swap.ts';

/** What `restore` did: the file's header and trailer, and the total time. */
export interface RestoreReport {
  url: string;
  header: BackupHeader;
  trailer: BackupTrailer;
  ms: number;
}

/** Options of a restore: replace a database that holds data, progress callbacks. */
export interface RestoreOptions {
  force?: boolean;
  onStep?: (line: string) => void;
  onProgress?: (progress: BackupProgress) => void;
}

const PROTECTED = new Set([MAINTENANCE_DATABASE, 'template0', 'template1']);

/**
 * Replaces the database with a backup, atomically like `fresh`: the file's header is checked
 * first (format, migrations this code knows), then the target (empty, or --force); the backup is
 * loaded into `<db>__restoring`, checked table by table against the file's checksums, and only
 * then swapped in. On any failure only the temporary database is dropped; the target is as it was.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const startedAt = performance.now();
  const step = options.onStep ?? (() => {});
  const header = await readBackupHeader(file);
  const behind = await migrationsBehind(file, header);
  const database = databaseName(url);
  if (PROTECTED.has(database)) throw CliError.protectedDatabase(database);
  const serverUrl = withDatabase(url, MAINTENANCE_DATABASE);
  // One session on the maintenance database holds the same per-database lock as `fresh` (a
  // restore and a rebuild of one database take turns) and runs every CREATE, DROP and RENAME.
  const admin = await connectClient(serverUrl);
  try {
    await admin.query('select pg_advisory_lock($1, hashtext($2))', [LOCKS.fresh, database]);
    await assertMayOverwrite(serverUrl, database, options.force === true);
    const restoringName = sideName(database, '__restoring');
    const restoring = pg.escapeIdentifier(restoringName);
    // A leftover of an interrupted restore; it was never the real database.
    await admin.query(`drop database if exists ${restoring} with (force)`);
    await admin.query(`create database ${restoring} template template0 encoding ${pg.escapeLiteral(header.encoding)}`);
    let trailer: BackupTrailer;
    try {
      ({ trailer } = await loadBackup(file, withDatabase(url, restoringName), { onProgress: options.onProgress }));
      step(`loaded and verified ${trailer.tables.length} tables`);
      await swapDatabase(admin, restoringName, database);
    } catch (error) {
      await admin.query(`drop database if exists ${restoring} with (force)`).catch(() => {});
      throw error;
    }
    step('database restored');
    if (behind > 0) step(`the backup is ${behind} migration(s) behind this code: run \`navimpact migrate\``);
    return { url, header, trailer, ms: Math.round(performance.now() - startedAt) };
  } finally {
    await admin.end().catch(() => {});
  }
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
