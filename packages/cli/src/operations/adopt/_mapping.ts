/**
 * One group of legacy tables adopt maps into V2 rows: the SQL steps that build the rows and their
 * ledger entries from `legacy_archive`, run in one transaction inside the building database.
 */
export interface Mapping {
  /** The legacy tables it maps; it runs only when every one of them is present. */
  tables: readonly string[];
  /** Legacy tables an earlier mapping must have mapped first (their V2 rows are referenced). */
  needs: readonly string[];
  steps: readonly string[];
  /** V2 tables whose identity sequence must move past the ids the steps wrote. */
  sequences: readonly string[];
}
