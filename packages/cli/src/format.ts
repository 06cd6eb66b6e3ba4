const COUNT = new Intl.NumberFormat('en-AU');

/** A count with thousands separators: 12,345. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 migration", "3 migrations". */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** A PostgreSQL server_version_num as people write it: 180001 → 18.1, 150020 → 15.20. */
export function formatServerVersion(versionNum: number): string {
  return `${Math.floor(versionNum / 10000)}.${versionNum % 10000}`;
}

/** Two aligned columns, the numbers right-aligned, one line per table and a total. */
export function rowsTable(rows: Record<string, number>, total: number): string[] {
  const entries = Object.entries(rows).sort(([a], [b]) => a.localeCompare(b));
  const nameWidth = Math.max('total'.length, ...entries.map(([name]) => name.length));
  const countWidth = Math.max(...[total, ...entries.map(([, n]) => n)].map((n) => formatCount(n).length));
  const line = (name: string, n: number) => `  ${name.padEnd(nameWidth)}  ${formatCount(n).padStart(countWidth)}`;
  return [...entries.map(([name, n]) => line(name, n)), line('total', total)];
}
