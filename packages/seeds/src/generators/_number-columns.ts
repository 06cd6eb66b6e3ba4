/**
 * Records of a few numbers each, kept column by column in Float64Arrays that double as they fill:
 * 8 bytes a number, where an object holding a Date took some 150 bytes a record. The facts the
 * generators keep for later tables grow with the scale; kept this way they stay a few MB at the
 * largest one. NaN stands for none.
 */
export class NumberColumns<K extends string> {
  private readonly names: readonly K[];
  private columns: Float64Array[];
  length = 0;

  constructor(names: readonly K[]) {
    this.names = names;
    this.columns = names.map(() => new Float64Array(1024));
  }

  /** Appends one record. */
  push(record: Readonly<Record<K, number>>): void {
    if (this.length === this.columns[0]!.length) this.columns = this.columns.map((column) => doubled(column));
    this.names.forEach((name, i) => (this.columns[i]![this.length] = record[name]));
    this.length++;
  }

  /** The record at `index`, from 0 to length - 1. */
  at(index: number): Record<K, number> {
    return Object.fromEntries(this.names.map((name, i) => [name, this.columns[i]![index]!])) as Record<K, number>;
  }

  *[Symbol.iterator](): Generator<Record<K, number>> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

function doubled(column: Float64Array): Float64Array {
  const grown = new Float64Array(column.length * 2);
  grown.set(column);
  return grown;
}
