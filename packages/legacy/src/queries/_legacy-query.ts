/**
 * How a query's sample parameters are found: given, or read from the database it runs on (one row,
 * its columns in parameter order), so they return rows whatever the generator's exact shares.
 */
export type Sample = { readonly params: readonly unknown[] } | { readonly lookup: string };

/** One catalog query in the legacy app's form, on the legacy schema. */
export interface LegacyForm {
  /** The real app's query shape (SQLAlchemy's `db.query(Model)` selects every column; lists have no ORDER BY). */
  sql: string;
  sample: Sample;
}

/** A catalog query's counterpart on the legacy schema, and how to sample it on both. */
export interface LegacyCatalogEntry {
  /** The legacy tables whose rows the V2 form reads once adopted. */
  tables: readonly string[];
  /** The legacy form, or null when the legacy app cannot answer the question. */
  legacy: LegacyForm | null;
  /** Why the legacy app cannot answer it (set exactly when `legacy` is null). */
  v2Only?: string;
  /** Sample parameters of the catalog's V2 SQL against an adopted database. */
  v2Sample: Sample;
}
