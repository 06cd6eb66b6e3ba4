import { resolve } from 'node:path';
import { MIGRATIONS_TABLE } from '@navimpact/schema/constants';
import { BACKUP_EXTENSION, databaseName, readBackup, writeBackup } from '@navimpact/server';
import type { BackupHeader, BackupProgress, BackupSummary, BackupTrailer } from '@navimpact/server';

/** Options of a backup: the file (default: a timestamped name in `directory`), overwrite, progress. */
export interface BackupTargetOptions {
  output?: string;
  directory: string;
  force?: boolean;
  onProgress?: (progress: BackupProgress) => void;
}

/**
 * Backs the database up to one file, recording the migrations it has applied; the default name is
 * `navimpact-<db>-<UTC time>.navimpact-backup` in `directory`. Never replaces a file unless forced.
 */
export async function backupDatabase(url: string, options: BackupTargetOptions): Promise<BackupSummary> {
  const file = resolve(options.directory, options.output ?? defaultBackupName(databaseName(url), new Date()));
  return writeBackup(url, file, { force: options.force, migrationsTable: MIGRATIONS_TABLE, onProgress: options.onProgress });
}

/** Reads a whole backup file and checks it without a database; throws DbError.badBackup if damaged. */
export async function verifyBackupFile(file: string): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  return readBackup(file);
}

/** `navimpact-<db>-20260701T093000Z.navimpact-backup`: sortable, and safe in any file system. */
export function defaultBackupName(database: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `navimpact-${database.replace(/[^\w.-]/g, '_')}-${stamp}${BACKUP_EXTENSION}`;
}
