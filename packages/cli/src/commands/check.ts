// navimpact check
// Reads:  DATABASE_URL; without it the embedded server (see `start`). Reads the catalog and the
//         migrations table only.
// Writes: nothing: it never starts the server nor creates a database; a stopped server or a missing
//         database is a finding. Puts back a database an interrupted `fresh` left missing (one line on stderr).
// Exit:   0 every check passed; 1 a problem (server, pending migrations, drift, conventions).
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { checkDatabase } from '../operations/check.ts';
import { resolveTarget } from '../operations/target.ts';

const MARK = { ok: '✓', problem: '✗', skipped: '–' } as const;
const MAX_DETAILS = 20;

/** `navimpact check`: a read-only health check of the target database. */
export const command = defineCommand({
  summary: 'Check the target database: server, pending migrations, schema drift, conventions.',
  flags: {},
  async run(_values, { io, env }) {
    const target = await resolveTarget(env, { start: false, onRestored: io.err });
    io.out(`Checking ${redactUrl(target.url)} (${target.source})`);
    const report = await checkDatabase(target.url, { embedded: target.source === 'embedded' });
    for (const item of report.items) {
      io.out(`${MARK[item.status]} ${item.name}: ${item.summary}`);
      for (const line of item.details.slice(0, MAX_DETAILS)) io.out(`    ${line}`);
      if (item.details.length > MAX_DETAILS) io.out(`    … and ${item.details.length - MAX_DETAILS} more`);
      if (item.hint && item.status !== 'ok') io.out(`  hint: ${item.hint}`);
    }
    return report.ok ? 0 : 1;
  },
});
