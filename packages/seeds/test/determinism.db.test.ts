import { afterAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '@navimpact/schema';
import { resolveSeedOptions, seedDatabase } from '../src/index.ts';
import { tableChecksums } from './_checksums.ts';
import { migratedDatabase } from './_database.ts';

const drops: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(drops.map((drop) => drop())));

async function seededChecksums(raw: { seed: number; date: string }): Promise<Record<string, string>> {
  const db = await migratedDatabase();
  drops.push(db.drop);
  await seedDatabase(db.url, resolveSeedOptions({ preset: 'demo', ...raw }));
  return tableChecksums(db.url);
}

describe('determinism', () => {
  it('gives byte-identical tables for the same seed and date, and other people, grants and numbers for another seed', async () => {
    const [first, second, other] = await Promise.all([
      seededChecksums({ seed: 42, date: '2026-07-01' }),
      seededChecksums({ seed: 42, date: '2026-07-01' }),
      seededChecksums({ seed: 43, date: '2026-07-01' }),
    ]);
    // Every table of the schema is checked, so a table added to it is covered without editing this test.
    expect(Object.keys(first)).toHaveLength(ENTITIES.length);
    expect(second).toEqual(first);
    for (const table of ['users', 'projects', 'grants', 'grant_applications', 'tasks', 'social_metrics']) {
      expect(other[table], table).not.toBe(first[table]);
    }
    for (const table of ['sdgs', 'frameworks', 'framework_priorities', 'funders', 'tags']) {
      expect(other[table], `${table} is reference data`).toBe(first[table]);
    }
  });
});
