/** Rows written so far, while a load runs. */
export interface LoadProgress {
  /** The table the last chunk ended with. */
  table: string;
  rows: number;
  ms: number;
  /** About how many rows the whole seed writes, when it is a long one. */
  expected?: number;
}
