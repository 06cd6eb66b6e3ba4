/** A value as it goes into a COPY row: dates as Date, money as a string, absent as null. */
export type CellValue = string | number | boolean | Date | null;

/** One row, keyed by column name. */
export type Row = Record<string, CellValue>;

/** The rows of every table, in the order they must be loaded (referenced tables first). */
export type Dataset = Map<string, Row[]>;

/** Appends rows to a table of the dataset, creating it in load order on first use. */
export function addRows(dataset: Dataset, table: string, rows: Row[]): void {
  const existing = dataset.get(table);
  if (existing) existing.push(...rows);
  else dataset.set(table, rows);
}

/**
 * Where the large generators put their rows, one at a time, so that no table has to be held whole:
 * a COPY loader writes them in chunks, a test collects them. A row may still be completed after
 * `add` (a task gets its hours from its time entries) until the generator next yields.
 */
export interface RowSink {
  add(table: string, row: Row): void;
  /** Rows added to `table` so far: the id of its next row is this plus one. */
  count(table: string): number;
}

/** A sink that keeps every row, for tests and small presets: the Dataset of everything added. */
export function collectingSink(dataset: Dataset = new Map()): RowSink & { dataset: Dataset } {
  return {
    dataset,
    add: (table, row) => addRows(dataset, table, [row]),
    count: (table) => dataset.get(table)?.length ?? 0,
  };
}

/** A text[] cell in PostgreSQL's array syntax, every element quoted so commas and spaces survive. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
