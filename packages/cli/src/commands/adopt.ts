// navimpact adopt [--plan | --undo] [--no-backup] [--backup-dir DIR] [--report FILE] [--force] [--force-production]
// Reads:  the target (DATABASE_URL, else the embedded server's navimpact database), a legacy NavImpact database.
// Writes: a backup file and an adoption-<db>-<time>.md report in the working directory; <db>__building,
//         swapped in place of the target in one transaction, the legacy database kept as <db>__legacy.
//         The legacy database itself is only read. --plan writes nothing; --undo swaps <db>__legacy back
//         and drops the adopted database.
// Exit:   0 adopted, planned or undone; 1 refused, unproven or failed; 2 bad command line;
//         130 Ctrl-C, 143 SIGTERM (the copy dropped, the legacy database as it was; one line says so).
import { redactUrl } from '@navimpact/server';
import { defineCommand } from '../args.ts';
import { adoptDatabase } from '../operations/adopt.ts';
import { planAdoption } from '../operations/adopt/plan.ts';
import { adoptionSummary } from '../operations/adopt/_report.ts';
import { undoAdoption } from '../operations/adopt/undo.ts';
import { resolveTarget } from '../operations/target.ts';
import { whenAborted } from '../signals.ts';
import { DESTROY_FLAGS, destroyOverrides, testPause } from './_shared.ts';

/** `navimpact adopt`: a legacy NavImpact database becomes V2, nothing lost, reversibly. */
export const command = defineCommand({
  summary: 'Adopt a legacy NavImpact database into V2 (built beside it, proven, swapped in; --undo goes back).',
  flags: {
    plan: { type: 'boolean', description: 'Show what is there and what adoption would do with each problem; write nothing.' },
    undo: { type: 'boolean', description: 'Give back the legacy database kept as <db>__legacy.' },
    'no-backup': { type: 'boolean', description: 'Do not back the legacy database up first.' },
    'backup-dir': { type: 'string', value: 'dir', description: 'Where the backup (and by default the report) goes (default: here).' },
    report: { type: 'string', value: 'file', description: 'Where to write the Markdown report (default adoption-<db>-<time>.md next to the backup).' },
    ...DESTROY_FLAGS,
  },
  cancellable: true,
  async run(values, { io, env, signal }) {
    const plan = values.plan === true;
    const target = await resolveTarget(env, plan ? {} : { destructive: { command: 'adopt', force: values.force === true } });
    // Only the adoption itself stops at safe points; the plan reads and the undo is one transaction, so they are abandoned.
    if (plan) {
      io.out(`Adoption plan for ${redactUrl(target.url)} (read-only)`);
      for (const line of await Promise.race([planAdoption(target.url), whenAborted(signal, 'adopt --plan')])) io.out(line);
      return 0;
    }
    if (values.undo === true) {
      const legacy = await Promise.race([undoAdoption(target.url, destroyOverrides(values)), whenAborted(signal, 'adopt --undo')]);
      io.out(`legacy database ${legacy} is back as ${redactUrl(target.url)}; the adopted database was dropped`);
      return 0;
    }
    const result = await adoptDatabase(target.url, {
      overrides: destroyOverrides(values),
      backup: values['no-backup'] !== true,
      directory: values['backup-dir'] ?? process.cwd(),
      reportFile: values.report,
      onStep: (line) => io.out(`• ${line}`),
      signal,
      pauseAt: testPause(env, io, signal),
    });
    for (const line of adoptionSummary(result)) io.out(line);
    io.out(`report: ${result.reportFile}`);
    return 0;
  },
});
