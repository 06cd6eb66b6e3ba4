export { DbError } from './errors.ts';
export { redactSecrets, redactUrl } from './redact.ts';
export type { DbErrorCode } from './errors.ts';
export { parseDatabaseUrl, databaseName, withDatabase, isLocalUrl, isLocalHost, connectionEndpoint, endpointLabel } from './database-url.ts';
export type { ConnectionEndpoint } from './database-url.ts';
export { probeDatabase, connectTimeoutMs, explainDriverError } from './connect.ts';
export {
  embeddedServerOptions,
  embeddedServerUrl,
  embeddedServerStatus,
  startEmbeddedServer,
  stopEmbeddedServer,
  isServerNotReady,
} from './embedded-server.ts';
export type { EmbeddedServerOptions, EmbeddedServerStatus } from './embedded-server.ts';
export { resolveDatabase, DEV_DATABASE } from './resolve-server.ts';
export type { ResolvedDatabase } from './resolve-server.ts';
export { connectClient, createDatabase, dropDatabase, databaseExists, withAdminClient, withClient } from './databases.ts';
export { writeBackup } from './backup/write-backup.ts';
export type { BackupOptions, BackupProgress, BackupSummary } from './backup/write-backup.ts';
export { readBackup, readBackupHeader } from './backup/read-backup.ts';
export { loadBackup } from './backup/load-backup.ts';
export type { LoadOptions, LoadSummary } from './backup/load-backup.ts';
export { BACKUP_EXTENSION } from './backup/format.ts';
export type { BackupHeader, BackupTrailer, BackupTable, TableDigest } from './backup/format.ts';
