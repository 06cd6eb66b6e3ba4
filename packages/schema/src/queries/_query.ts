/** One of the app's common queries, with sample parameters and the index it must use. */
export interface CatalogQuery {
  name: string;
  /** What the app shows with it. */
  purpose: string;
  /** Who issues it: the real app's file:line (A1anMc/NavImpactV2 @ 0de2bab), or the V2 screen that needs it. */
  origin: string;
  sql: string;
  /** Sample parameters, valid against any seeded or empty database. */
  params: readonly unknown[];
  /** The index the planner must be able to use for it. */
  index: string;
}
