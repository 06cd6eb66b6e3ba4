import type { Cell } from './_copy.ts';
import type { GenContext, GeneratedTable } from './_plan.ts';

/** One table's generated rows, produced lazily so only a chunk is in memory at a time. */
export interface TableSpec {
  table: GeneratedTable;
  columns: readonly string[];
  rows: Iterable<Cell[]>;
}

/** A function that describes one table's rows for a context. */
export type TableGenerator = (ctx: GenContext) => TableSpec;
