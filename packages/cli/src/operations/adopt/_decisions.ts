import type pg from 'pg';
import { ARCHIVE } from './_copy-legacy.ts';

/** One kind of decision: a legacy table, a fate and one reason, how many rows got it, and which. */
export interface DecisionGroup {
  table: string;
  fate: string;
  /** The reason as written when one row has it, else its pattern (numbers as N, quoted values as '…'). */
  reason: string;
  count: number;
  sampleIds: string[];
}

const SAMPLE_IDS = 10;

// A ledger reason joins its changes with '; ' (an archived table's note is one sentence), and each
// change names the row's own values, so the changes are split and their values blanked to group the
// rows that got the same decision (whole numbers only, so 'V2' stays a word).
const GROUPS_SQL = `
  with parts as (
    select l.legacy_table, l.fate, l.legacy_id, part,
           regexp_replace(regexp_replace(part, '''(?:[^'']|'''')*''', '''…''', 'g'), '\\m\\d+\\M', 'N', 'g') as pattern
    from ${ARCHIVE}.adoption_ledger l
    cross join lateral unnest(case when l.fate = 'archived' then array[l.reason] else string_to_array(coalesce(l.reason, 'merged'), '; ') end) as part
    where l.fate <> 'mapped' or l.reason is not null)
  select legacy_table as table, fate, count(*)::int as count, min(part) as first, max(part) as last, pattern,
         (array_agg(legacy_id order by length(legacy_id), legacy_id))[1:${SAMPLE_IDS}] as "sampleIds"
  from parts group by legacy_table, fate, pattern order by legacy_table, count(*) desc, pattern`;

/**
 * The ledger's decisions grouped by legacy table, fate and reason, with a count and sample legacy
 * ids: every row that was not simply mapped (merged, set aside, archived, or mapped with a change).
 */
export async function decisionGroups(client: pg.Client): Promise<DecisionGroup[]> {
  const { rows } = await client.query<{ table: string; fate: string; count: number; first: string; last: string; pattern: string; sampleIds: string[] }>(GROUPS_SQL);
  return rows.map((r) => ({ table: r.table, fate: r.fate, reason: r.first === r.last ? r.first : r.pattern, count: r.count, sampleIds: r.sampleIds }));
}
