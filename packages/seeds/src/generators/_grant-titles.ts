const utf8 = new TextEncoder();
const text = new TextDecoder();

/**
 * The titles of the grants that open applications are for, which their preparation tasks name: the
 * ids in an Int32Array, ascending, and the titles as UTF-8 in one growing buffer, some 70 bytes a
 * title where a Map of the generator's strings took about 200.
 */
export class GrantTitles {
  private readonly ids: Int32Array;
  private readonly ends: Int32Array;
  private bytes = new Uint8Array(64 * 1024);
  private kept = 0;

  /** Titles for these grant ids (any order, repeats allowed) are wanted. */
  constructor(grantIds: Iterable<number>) {
    this.ids = Int32Array.from(new Set(grantIds)).sort();
    this.ends = new Int32Array(this.ids.length);
  }

  /** Keeps the title if it is wanted; grants are offered in ascending id order. */
  offer(grantId: number, title: string): void {
    if (this.ids[this.kept] !== grantId) return;
    const start = this.kept === 0 ? 0 : this.ends[this.kept - 1]!;
    while (this.bytes.length - start < title.length * 3) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.ends[this.kept] = start + utf8.encodeInto(title, this.bytes.subarray(start)).written;
    this.kept++;
  }

  /** The title of a wanted grant, once offered. */
  get(grantId: number): string | undefined {
    let low = 0;
    let high = this.kept - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const id = this.ids[mid]!;
      if (id === grantId) return text.decode(this.bytes.subarray(mid === 0 ? 0 : this.ends[mid - 1]!, this.ends[mid]!));
      if (id < grantId) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }
}
