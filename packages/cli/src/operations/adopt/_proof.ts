import pg from 'pg';
import { findConventionViolations } from '@navimpact/schema';
import { ARCHIVE } from './_copy-legacy.ts';
import type { CopiedTable } from './_copy-legacy.ts';

/** One legacy table's balance: rows in, and where each went. */
export interface TableProof {
  table: string;
  rowsIn: number;
  /** Rows found verbatim in legacy_archive (for a list column: its elements there). */
  kept: number;
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
 * it; per list column with value-level entries ('projects.sdg_tags'), its elements in the archive
 * balance the same way; then conformance and foreign keys. Read-only.
 */
export async function proveAdoption(client: pg.Client, copied: readonly CopiedTable[]): Promise<AdoptionProof> {
  const tables: TableProof[] = [];
  for (const { table, rows } of copied) {
    const { rows: [kept] } = await client.query<{ n: number }>(`select count(*)::int as n from ${ARCHIVE}.${pg.escapeIdentifier(table)}`);
    tables.push(await balance(client, table, rows, kept!.n));
  }
  const { rows: lists } = await client.query<{ name: string }>(
    `select distinct legacy_table as name from ${ARCHIVE}.adoption_ledger where legacy_table like '%.%' order by 1`);
  for (const { name } of lists) {
    const [table, column] = name.split('.').map((x) => pg.escapeIdentifier(x));
    const list = `to_jsonb(${column})`;
    const { rows: [elements] } = await client.query<{ n: number }>(`select coalesce(sum(jsonb_array_length(
      case when jsonb_typeof(${list}) = 'array' then ${list} else '[]' end)), 0)::int as n from ${ARCHIVE}.${table}`);
    tables.push(await balance(client, name, elements!.n, elements!.n));
  }
  const problems = tables.filter((t) => !t.ok).map((t) =>
    `${t.table}: ${t.rowsIn} in, ${t.kept} archived, ${t.mapped}+${t.merged}+${t.setAside}+${t.archived} in the ledger, ${t.dangling} dangling`);
  const violations = await findConventionViolations(client);
  problems.push(...violations.map((v) => `conformance: ${v}`));
  const { rows: [fk] } = await client.query<{ n: number }>(`select count(*)::int as n from pg_constraint where contype = 'f' and not convalidated`);
  if (fk!.n > 0) problems.push(`${fk!.n} foreign key(s) not validated`);
  return { tables, violations, unvalidatedForeignKeys: fk!.n, problems };
}

/** One ledger name's balance; `v2_id` is checked against the first column of its V2 table's primary key (the pair's owner for link tables). */
async function balance(client: pg.Client, table: string, rowsIn: number, kept: number): Promise<TableProof> {
  const { rows: fates } = await client.query<{ fate: string; n: number }>(
    `select fate, count(*)::int as n from ${ARCHIVE}.adoption_ledger where legacy_table = $1 group by fate`, [table]);
  const count = (fate: string) => fates.find((f) => f.fate === fate)?.n ?? 0;
  let dangling = 0;
  const { rows: targets } = await client.query<{ t: string }>(
    `select distinct v2_table as t from ${ARCHIVE}.adoption_ledger where legacy_table = $1 and v2_table is not null`, [table]);
  for (const { t } of targets) {
    const { rows: [pk] } = await client.query<{ key: string }>(`select a.attname as key from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] where i.indrelid = $1::regclass and i.indisprimary`,
      [pg.escapeIdentifier(t)]);
    const { rows: [d] } = await client.query<{ n: number }>(
      `select count(*)::int as n from ${ARCHIVE}.adoption_ledger l where l.legacy_table = $1 and l.v2_table = $2
         and not exists (select from ${pg.escapeIdentifier(t)} v where v.${pg.escapeIdentifier(pk!.key)} = l.v2_id)`, [table, t]);
    dangling += d!.n;
  }
  const proof = { table, rowsIn, kept, mapped: count('mapped'), merged: count('merged'), setAside: count('set-aside'), archived: count('archived'), dangling, ok: false };
  proof.ok = kept === rowsIn && proof.mapped + proof.merged + proof.setAside + proof.archived === rowsIn && dangling === 0;
  return proof;
}
