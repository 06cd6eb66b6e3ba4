/** One of the app's common queries, with sample parameters and the index it must use. */
export interface CatalogQuery {
  name: string;
  /** What the app shows with it. */
  purpose: string;
  /** Who issues it: the real app's file:line (A1anMc/NavImpactV2 @ 0de2bab), or the V2 screen that needs it. */
  origin: string;
  sql: string;
  /** Sample parameters: on the demo preset seeded at seed 42 and the tests' date, 2026-07-01, each query returns rows. */
  params: readonly unknown[];
  /** The index the planner must be able to use for it. */
  index: string;
}
