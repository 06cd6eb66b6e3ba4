// navimpact backup [--output FILE] [--force] | navimpact backup --verify FILE
// Reads:  DATABASE_URL; without it the embedded server (see `start`). Reads the whole database in
//         one snapshot (never writes to it). --verify reads only the file: no database at all.
// Writes: one file, by default navimpact-<db>-<UTC time>.navimpact-backup in the current folder,
//         via a temporary file renamed at the end; an existing file only with --force.
// Exit:   0 written (or the file verified); 1 unreachable, file exists, damaged file; 2 bad command line.
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { formatCount } from '../format.ts';
import type { Io } from '../io.ts';
import { backupDatabase, verifyBackupFile } from '../operations/backup.ts';
import { resolveTarget } from '../operations/target.ts';
import { rowsProgressPrinter } from './_rows-progress.ts';

/** `navimpact backup`: the whole database in one compressed, self-checking file; or check such a file. */
export const command = defineCommand({
  summary: 'Back up the target database to one compressed file (no PostgreSQL tools needed).',
  flags: {
    output: { type: 'string', value: 'file', description: 'Where to write (default navimpact-<db>-<UTC time>.navimpact-backup here).' },
    force: { type: 'boolean', description: 'Replace the output file if it exists.' },
    verify: { type: 'string', value: 'file', description: 'Check a backup file (structure, row counts, checksums) without restoring it.' },
  },
  async run(values, { io, env }) {
    if (values.verify !== undefined) return verify(io, values.verify);
    const target = await resolveTarget(env);
    io.out(`Backing up ${redactUrl(target.url)}`);
    const summary = await backupDatabase(target.url, {
      output: values.output,
      directory: process.cwd(),
      force: values.force === true,
      onProgress: rowsProgressPrinter(io, 'backed up'),
    });
    const { trailer } = summary;
    io.out(`${summary.file}`);
    io.out(`  ${trailer.tables.length} tables, ${formatCount(trailer.rows)} rows, ${formatCount(summary.bytes)} bytes, ${summary.ms} ms`);
    return 0;
  },
});

async function verify(io: Io, file: string): Promise<number> {
  const { header, trailer } = await verifyBackupFile(file);
  io.out(`${file}: OK`);
  io.out(`  database ${header.database} on PostgreSQL ${header.server.version}, written ${header.createdAt}`);
  io.out(`  ${header.migrations === null ? 'no migrations table' : `${header.migrations.length} migration(s), last ${header.migrations.at(-1) ?? 'none'}`}`);
  io.out(`  ${trailer.tables.length} tables, ${formatCount(trailer.rows)} rows, every checksum matches`);
  return 0;
}
