import pg from 'pg';
import { LEGACY_TABLES } from '@navimpact/schema';
import { ARCHIVE } from './_copy-legacy.ts';
import type { CopiedTable } from './_copy-legacy.ts';
import { CORE_MAPPING } from './_map-core.ts';
import { WORK_MAPPINGS } from './_map-work.ts';
import { MEDIA_MAPPING, SCRAPER_MAPPING } from './_map-media.ts';
import type { Mapping } from './_mapping.ts';
import { ledger } from './_sql.ts';
import { writeValueMaps } from './_value-maps.ts';

/** Every mapping adopt knows, in the order they run; a legacy table no mapping names is archived verbatim. */
export const MAPPINGS: readonly Mapping[] = [CORE_MAPPING, ...WORK_MAPPINGS, MEDIA_MAPPING, SCRAPER_MAPPING];

/** The legacy tables this version of adopt can map into V2 rows. */
export const MAPPED_TABLES: readonly string[] = MAPPINGS.flatMap((m) => m.tables);

/** The mappings that will run on a database holding `tables`: their tables present, what they need mapped before them. */
export function applicableMappings(tables: Iterable<string>): Mapping[] {
  const present = new Set(tables);
  const mappedSoFar = new Set<string>();
  const runs: Mapping[] = [];
  for (const mapping of MAPPINGS) {
    if (!mapping.tables.every((t) => present.has(t)) || !mapping.needs.every((t) => mappedSoFar.has(t))) continue;
    runs.push(mapping);
    for (const t of mapping.tables) mappedSoFar.add(t);
  }
  return runs;
}
/**
 * Builds the V2 rows from the archived legacy rows, in SQL inside the building database, and
 * writes the ledger: one row per legacy row with its V2 row (when it has one), its fate (mapped,
 * merged, set-aside, archived) and every change's reason. Original ids are kept. `afterMapping`
 * runs after each mapping's steps, inside the caller's transaction: where a cancelled adoption stops.
 */
export async function transformLegacy(client: pg.Client, copied: readonly CopiedTable[], afterMapping: () => Promise<void> = async () => {}): Promise<void> {
  await client.query(`create table ${ARCHIVE}.adoption_ledger (legacy_table text not null, legacy_id text not null, v2_table text,
    v2_id int, fate text not null check (fate in ('mapped', 'merged', 'set-aside', 'archived')), reason text)`);
  await writeValueMaps(client);
  const runs = applicableMappings(copied.map((c) => c.table));
  for (const mapping of runs) {
    for (const sql of mapping.steps) await client.query(sql);
    await afterMapping();
  }
  const mappedHere = new Set(runs.flatMap((m) => m.tables));
  for (const { table, hasId } of copied) {
    if (mappedHere.has(table)) continue;
    const note = LEGACY_TABLES[table]?.v2 === null ? `V2 retires it: ${LEGACY_TABLES[table]!.note}`
      : LEGACY_TABLES[table] ? `not yet mapped by adopt (V2 ${LEGACY_TABLES[table]!.v2}): kept verbatim` : 'no real-app table: kept verbatim';
    const id = hasId ? 't.id::text' : 't::text';
    await client.query(`${ledger} select $1, ${id}, null, null, 'archived', $2 from ${ARCHIVE}.${pg.escapeIdentifier(table)} t`, [table, note]);
  }
  for (const table of runs.flatMap((m) => m.sequences)) {
    await client.query(`select setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false) from ${pg.escapeIdentifier(table)}`, [table]);
  }
}
