import pg from 'pg';
import { findConventionViolations } from '@navimpact/schema';
import { ARCHIVE } from './_copy-legacy.ts';
import type { CopiedTable } from './_copy-legacy.ts';

/** One legacy table's balance: rows in, and where each went. */
export interface TableProof {
  table: string;
  rowsIn: number;
  mapped: number;
  merged: number;
  setAside: number;
  archived: number;
  /** Ledger rows that name a V2 row which does not exist (must be 0). */
  dangling: number;
  ok: boolean;
}

/** The proof of an adoption: every table balanced, conformance clean, every FK validated. */
export interface AdoptionProof {
  tables: TableProof[];
  violations: string[];
  unvalidatedForeignKeys: number;
  problems: string[];
}

/**
 * Proves the build: per legacy table, the rows COPY read equal the rows archived verbatim and
 * mapped + merged + set aside + archived in the ledger, and every ledger row naming a V2 row finds
 * it; then conformance and foreign keys. Read-only.
 */
export async function proveAdoption(client: pg.Client, copied: readonly CopiedTable[]): Promise<AdoptionProof> {
  const tables: TableProof[] = [];
  const problems: string[] = [];
  for (const { table, rows } of copied) {
    const { rows: [kept] } = await client.query<{ n: number }>(`select count(*)::int as n from ${ARCHIVE}.${pg.escapeIdentifier(table)}`);
    const { rows: fates } = await client.query<{ fate: string; n: number }>(
      `select fate, count(*)::int as n from ${ARCHIVE}.adoption_ledger where legacy_table = $1 group by fate`, [table]);
    const count = (fate: string) => fates.find((f) => f.fate === fate)?.n ?? 0;
    let dangling = 0;
    const { rows: targets } = await client.query<{ t: string }>(
      `select distinct v2_table as t from ${ARCHIVE}.adoption_ledger where legacy_table = $1 and v2_table is not null`, [table]);
    for (const { t } of targets) {
      const { rows: [d] } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${ARCHIVE}.adoption_ledger l where l.legacy_table = $1 and l.v2_table = $2
           and not exists (select from ${pg.escapeIdentifier(t)} v where v.${t === 'grant_tags' ? 'grant_id' : 'id'} = l.v2_id)`, [table, t]);
      dangling += d!.n;
    }
    const proof = { table, rowsIn: rows, mapped: count('mapped'), merged: count('merged'), setAside: count('set-aside'), archived: count('archived'), dangling, ok: false };
    proof.ok = kept!.n === rows && proof.mapped + proof.merged + proof.setAside + proof.archived === rows && dangling === 0;
    if (!proof.ok) problems.push(`${table}: ${rows} in, ${kept!.n} archived, ${proof.mapped}+${proof.merged}+${proof.setAside}+${proof.archived} in the ledger, ${dangling} dangling`);
    tables.push(proof);
  }
  const violations = await findConventionViolations(client);
  problems.push(...violations.map((v) => `conformance: ${v}`));
  const { rows: [fk] } = await client.query<{ n: number }>(`select count(*)::int as n from pg_constraint where contype = 'f' and not convalidated`);
  if (fk!.n > 0) problems.push(`${fk!.n} foreign key(s) not validated`);
  return { tables, violations, unvalidatedForeignKeys: fk!.n, problems };
}
