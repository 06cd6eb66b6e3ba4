import pg from 'pg';
import { withClient } from '@navimpact/server';
import { LEGACY_REFERENCES, LEGACY_VOCABULARIES } from '../legacy-rules.ts';
import { LEGACY_TABLES } from '../legacy-schema.ts';
import type { DamageFinding } from '../damage-kinds.ts';
import { findCollisions, findInvertedRanges, findMissingOrNegative, findOrphans, findSdgTags, findUnreadable } from './_damage-queries.ts';

/** One value of a vocabulary column, how often it occurs, and whether V2's set has it (null: V2 has no set). */
export interface VocabularyValue {
  value: string;
  count: number;
  inV2: boolean | null;
}

/** What a legacy NavImpact database holds and what is wrong with it, read without writing anything. */
export interface LegacyInspection {
  /** The server's version string, e.g. "18.1". */
  serverVersion: string;
  /** Tables of the current schema the real app creates, and every other table. */
  tables: { recognised: string[]; unknown: string[] };
  /** Exact row counts of the recognised tables. */
  rows: Record<string, number>;
  /** The rows of alembic_version (several heads in production); empty when the table is missing. */
  alembicHeads: string[];
  /** The references that have no foreign key in this database (where orphans can hide). */
  missingForeignKeys: { table: string; column: string; references: string }[];
  /** Every value of each vocabulary column, most frequent first. */
  vocabularies: { table: string; column: string; values: VocabularyValue[] }[];
  /** The damage found, one finding per kind, column (and value). */
  damage: DamageFinding[];
}

/** Options of an inspection. */
export interface InspectOptions {
  /** How many ids (and values) each finding lists at most; counts are always exact. Default 10. */
  sampleSize?: number;
}

/**
 * Reads a legacy database: recognised and unknown tables, Alembic heads, and the damage adoption
 * has to decide about, found by SQL on the live data. Runs in a read-only transaction.
 * @example const report = await inspectLegacyDatabase(process.env.DATABASE_URL!, { sampleSize: 5 });
 */
export async function inspectLegacyDatabase(url: string, options: InspectOptions = {}): Promise<LegacyInspection> {
  const sample = options.sampleSize ?? 10;
  return withClient(url, async (client) => {
    await client.query('begin transaction read only');
    try {
      return await inspect(client, sample);
    } finally {
      await client.query('rollback');
    }
  });
}

async function inspect(client: pg.ClientBase, sample: number): Promise<LegacyInspection> {
  const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  const all = (await client.query<{ name: string }>(
    'select tablename as name from pg_tables where schemaname = current_schema() order by 1',
  )).rows.map((r) => r.name);
  const known = new Set(LEGACY_TABLES);
  const recognised = all.filter((t) => known.has(t));
  const present = new Set(recognised);

  const rows: Record<string, number> = {};
  for (const table of recognised) {
    rows[table] = (await client.query<{ n: number }>(`select count(*)::int as n from ${pg.escapeIdentifier(table)}`)).rows[0]!.n;
  }
  const alembicHeads = present.has('alembic_version')
    ? (await client.query<{ v: string }>('select version_num as v from alembic_version order by 1')).rows.map((r) => r.v)
    : [];

  const unguarded = [];
  for (const r of LEGACY_REFERENCES.filter((x) => present.has(x.table) && present.has(x.references))) {
    if (r.shape !== 'scalar' || !(await hasForeignKey(client, r.table, r.column))) unguarded.push(r);
  }
  const damage: DamageFinding[] = [];
  for (const r of unguarded) {
    const found = await findOrphans(client, r, sample, await hasColumn(client, r.table, 'id'));
    if (found) damage.push(found);
  }
  damage.push(...(await findCollisions(client, present, sample)));
  damage.push(...(await findInvertedRanges(client, present, sample)));
  damage.push(...(await findMissingOrNegative(client, present, sample)));
  damage.push(...(await findSdgTags(client, present, sample)));
  damage.push(...(await findUnreadable(client, present, sample)));

  const vocabularies = [];
  for (const v of LEGACY_VOCABULARIES.filter((x) => present.has(x.table))) {
    const { values, outOfSet } = await readVocabulary(client, v.table, v.column, v.v2, sample);
    vocabularies.push({ table: v.table, column: v.column, values });
    damage.push(...outOfSet);
  }
  return {
    serverVersion: version,
    tables: { recognised, unknown: all.filter((t) => !known.has(t)) },
    rows,
    alembicHeads,
    missingForeignKeys: unguarded.map(({ table, column, references }) => ({ table, column, references })),
    vocabularies,
    damage,
  };
}

async function hasColumn(client: pg.ClientBase, table: string, column: string): Promise<boolean> {
  const { rowCount } = await client.query('select 1 from pg_attribute where attrelid = $1::regclass and attname = $2 and not attisdropped',
    [pg.escapeIdentifier(table), column]);
  return (rowCount ?? 0) > 0;
}

async function hasForeignKey(client: pg.ClientBase, table: string, column: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `select 1 from pg_constraint c
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.conrelid = $1::regclass and cardinality(c.conkey) = 1 and a.attname = $2`,
    [pg.escapeIdentifier(table), column],
  );
  return (rowCount ?? 0) > 0;
}

async function readVocabulary(client: pg.ClientBase, table: string, column: string, v2: readonly string[] | null, sample: number) {
  const { rows } = await client.query<{ value: string; count: number; ids: number[] }>(
    `select ${pg.escapeIdentifier(column)}::text collate "C" as value, count(*)::int as count, (array_agg(id order by id))[1:$1] as ids
     from ${pg.escapeIdentifier(table)} where ${pg.escapeIdentifier(column)} is not null group by 1 order by 2 desc, 1`,
    [sample],
  );
  const allowed = v2 ? new Set(v2) : null;
  const values = rows.map((r) => ({ value: r.value, count: r.count, inV2: allowed ? allowed.has(r.value.toLowerCase()) : null }));
  const outOfSet: DamageFinding[] = rows
    .filter((r) => allowed && !allowed.has(r.value.toLowerCase()))
    .map((r) => ({ kind: 'out-of-set', table, column, value: r.value, count: r.count, ids: r.ids }));
  return { values, outOfSet };
}
