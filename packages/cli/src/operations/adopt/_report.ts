import type { DecisionGroup } from './_decisions.ts';
import type { AdoptionProof } from './_proof.ts';

/** What the summary and the Markdown report are written from. */
export interface ReportInput {
  database: string;
  legacy: string;
  backupFile: string | null;
  /** The database held no table: it became an empty V2 database. */
  empty: boolean;
  proof: AdoptionProof;
  ms: number;
}

/** One line per table of the proof: rows in = mapped + merged + set aside + archived. */
export function proofLines(proof: AdoptionProof): string[] {
  return proof.tables.map((t) =>
    `${t.ok ? 'ok  ' : 'FAIL'} ${t.table}: ${t.rowsIn} in = ${t.mapped} mapped + ${t.merged} merged + ${t.setAside} set aside + ${t.archived} archived`);
}

/** The proof's verdict in one sentence. */
export function proofVerdict(input: ReportInput): string {
  const { proof } = input;
  if (input.empty) return 'proof: the database held no table; it is now an empty V2 database (migrated, stamped, recorded).';
  const balanced = proof.tables.filter((t) => t.ok).length;
  const verdict = proof.problems.length === 0 ? 'proven' : 'NOT proven';
  return `proof: ${verdict}: ${balanced} of ${proof.tables.length} tables balance, ${proof.violations.length} conformance violations, ${proof.unvalidatedForeignKeys} foreign keys not validated.`;
}

/** The terminal summary: the proof per table, its verdict, the backup, the legacy database kept, the time. */
export function adoptionSummary(input: ReportInput): string[] {
  return [
    ...proofLines(input.proof),
    proofVerdict(input),
    `backup: ${input.backupFile ?? 'none (--no-backup)'}`,
    `adopted ${input.database} in ${(input.ms / 1000).toFixed(1)} s; the legacy database is kept as ${input.legacy} (\`navimpact adopt --undo\` gives it back)`,
  ];
}

/** The adoption report in Markdown: what was done, the proof, every decision of the ledger by kind, and the plan's findings. */
export function adoptionReportMarkdown(input: ReportInput, decisions: readonly DecisionGroup[], plan: readonly string[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    `# Adoption of \`${input.database}\``,
    '',
    `- ${proofVerdict(input)}`,
    `- backup: ${input.backupFile ?? 'none (--no-backup)'}`,
    `- legacy database kept as \`${input.legacy}\` (undo: \`navimpact adopt --undo\`)`,
    `- every legacy row is kept verbatim in schema \`legacy_archive\`; \`legacy_archive.adoption_ledger\` maps each to its V2 row`,
    `- took ${(input.ms / 1000).toFixed(1)} s`,
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
    'Every legacy row that was not simply mapped, grouped by table, fate and reason (numbers shown as N and quoted values as \'…\' when rows differ only in those).',
    'Each row\'s own: `select * from legacy_archive.adoption_ledger where legacy_table = … and legacy_id = …`.',
    '',
    '| legacy table | fate | reason | rows | legacy ids |',
    '|---|---|---|---|---|',
    ...decisions.map((d) => `| ${d.table} | ${d.fate} | ${cell(d.reason)} | ${d.count} | ${d.sampleIds.join(', ')}${d.count > d.sampleIds.length ? ', …' : ''} |`),
    '',
    '## Plan: what was found before adoption',
    '',
    '```',
    ...plan,
    '```',
    '',
  ];
  return lines.join('\n');
}
