import type pg from 'pg';
import type { Sample } from './_legacy-query.ts';

/** A sample's parameters: given ones as they are, a lookup's one row read from `client`'s database (null when it finds none). */
export async function sampleParams(client: pg.ClientBase, sample: Sample): Promise<unknown[] | null> {
  if ('params' in sample) return [...sample.params];
  // Arrays come back as arrays and dates as Date objects, so they go back in as parameters unchanged.
  const { rows, fields } = await client.query({ text: sample.lookup, rowMode: 'array' });
  const row = rows[0] as unknown[] | undefined;
  if (row === undefined || row.length !== fields.length || row.some((value) => value === null)) return null;
  return row;
}
