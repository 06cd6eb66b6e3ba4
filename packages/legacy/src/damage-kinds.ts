/** The kinds of damage the legacy schema allows and adoption has to decide about. */
export const DAMAGE_KINDS = [
  'orphan', // a scalar id column without an FK names a row that does not exist
  'orphan-element', // an element of an integer[] or JSON id list names a row that does not exist
  'case-collision', // values unique case-sensitively that V2 makes unique ignoring case
  'duplicate', // rows V2 makes unique (project slugs, memberships)
  'inverted-range', // grants with min_amount > max_amount, time entries that end before they start
  'null', // NULL where V2 needs a value
  'out-of-set', // a vocabulary value V2's set does not have
  'sdg-spelling', // a spelling of SDG tags ('SDG 11', 'SDG-4' or a goal's title); all exist
  'unknown-sdg', // an SDG tag that is no UN goal 1-17
  'unreadable', // free text V2 stores as a number that does not parse (media durations such as '6x22:00')
  'negative', // a number below zero where V2 checks it is not (amounts, hours, counts)
] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** One kind of damage in one column: how many rows, which (a sample when `ids.length < count`). */
export interface DamageFinding {
  kind: DamageKind;
  table: string;
  /** The column, or columns joined by ',' for duplicates and ranges. */
  column: string;
  /** For out-of-set and sdg findings: the value (or spelling) the finding is about. */
  value?: string;
  /** For orphans: the referenced table. */
  references?: string;
  /** Rows affected. */
  count: number;
  /** Ids of the rows affected, ascending, at most the inspection's sample size. */
  ids: number[];
  /** For orphans: the dangling ids; for unknown SDGs: the tags; for unreadable text: the texts; ascending, sampled. */
  values?: string[];
}
