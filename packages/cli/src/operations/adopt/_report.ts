import type { AdoptionProof } from './_proof.ts';

/** What the Markdown report is written from. */
export interface ReportInput {
  database: string;
  legacy: string;
  backupFile: string | null;
  proof: AdoptionProof;
  ms: number;
}

// A report people can read: past this many decisions, the ledger table is the full list.
const MAX_DECISIONS = 2_000;

/** One line per table of the proof: rows in = mapped + merged + set aside + archived. */
export function proofLines(proof: AdoptionProof): string[] {
  return proof.tables.map((t) =>
    `${t.ok ? 'ok  ' : 'FAIL'} ${t.table}: ${t.rowsIn} in = ${t.mapped} mapped + ${t.merged} merged + ${t.setAside} set aside + ${t.archived} archived`);
}

/** The adoption report in Markdown: what was done, the proof, and every decision of the ledger. */
export function adoptionReportMarkdown(input: ReportInput, decisions: { legacy_table: string; legacy_id: string; fate: string; v2_id: number | null; reason: string }[]): string {
  const lines = [
    `# Adoption of \`${input.database}\``,
    '',
    `- backup: ${input.backupFile ?? 'none (--no-backup)'}`,
    `- legacy database kept as \`${input.legacy}\` (undo: \`navimpact adopt --undo\`)`,
    `- every legacy row is kept verbatim in schema \`legacy_archive\`; \`legacy_archive.adoption_ledger\` maps each to its V2 row`,
    `- took ${input.ms} ms`,
    '',
    '## Proof',
    '',
    '| table | in | mapped | merged | set aside | archived | ok |',
    '|---|---|---|---|---|---|---|',
    ...input.proof.tables.map((t) => `| ${t.table} | ${t.rowsIn} | ${t.mapped} | ${t.merged} | ${t.setAside} | ${t.archived} | ${t.ok ? 'yes' : 'NO'} |`),
    '',
    `Conformance violations: ${input.proof.violations.length}; foreign keys not validated: ${input.proof.unvalidatedForeignKeys}.`,
    '',
    '## Decisions',
    '',
    '| legacy table | legacy id | fate | V2 id | reason |',
    '|---|---|---|---|---|',
    ...(decisions.length > MAX_DECISIONS ? [`| … | | | | the first ${MAX_DECISIONS} of ${decisions.length}; every one: \`select * from legacy_archive.adoption_ledger where reason is not null\` |`] : []),
    ...decisions.slice(0, MAX_DECISIONS).map((d) => `| ${d.legacy_table} | ${d.legacy_id} | ${d.fate} | ${d.v2_id ?? ''} | ${(d.reason ?? '').replace(/\|/g, '\\|')} |`),
    '',
  ];
  return lines.join('\n');
}
