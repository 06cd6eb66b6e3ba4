// navimpact restore FILE [--force] [--force-production]
// Reads:  the backup file; DATABASE_URL, without it the embedded server (see `start`), started if needed.
// Writes: builds <db>__building from the file, checks every table against the file's checksums,
//         records it (the target's environment, else the backup's), then swaps it in place of the
//         target in one transaction (ending the target's sessions). Refuses, touching nothing: a
//         damaged or cut-short file, a file with migrations this code lacks, a target that holds
//         tables (without --force), one recorded as production (without --force-production), a
//         DATABASE_URL on another machine (without --force).
// Exit:   0 restored; 1 refused, damaged file, unreachable, load failed; 2 bad command line.
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { CliError } from '../errors.ts';
import { formatCount } from '../format.ts';
import { restoreDatabase } from '../operations/restore.ts';
import { resolveTarget, targetNotes } from '../operations/target.ts';
import { DESTROY_FLAGS, destroyOverrides } from './_shared.ts';
import { rowsProgressPrinter } from './_rows-progress.ts';

/** `navimpact restore FILE`: the target database replaced by the backup, atomically. */
export const command = defineCommand({
  summary: 'Replace the target database with a backup file, atomically (built beside it, then swapped in).',
  positionals: [{ name: 'file', description: 'A file written by `navimpact backup`.' }],
  flags: DESTROY_FLAGS,
  async run(values, { io, env, positionals }) {
    const [argument] = positionals;
    if (argument === undefined) throw CliError.usage('restore needs the backup file: navimpact restore <file>.', 'restore');
    const target = await resolveTarget(env, { destructive: { command: 'restore', force: values.force === true }, onRestored: io.err });
    for (const note of targetNotes(target)) io.err(note);
    const report = await restoreDatabase(target.url, argument, {
      overrides: destroyOverrides(values),
      // Step lines name no URL, so they need none of progressPrinter's redaction (nor its imports).
      onStep: (line) => io.out(`• ${line}`),
      onProgress: rowsProgressPrinter(io, 'restored'),
    });
    io.out(`database ${redactUrl(target.url)} (environment ${report.environment})`);
    io.out(`  ${report.trailer.tables.length} tables, ${formatCount(report.trailer.rows)} rows from ${argument} (${report.header.createdAt}), ${report.ms} ms`);
    return 0;
  },
});
