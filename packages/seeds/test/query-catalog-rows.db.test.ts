import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { QUERY_CATALOG } from '@navimpact/schema';
import { resolveSeedOptions, seedDatabase } from '../src/index.ts';
import { migratedDatabase } from './_database.ts';

const db = await migratedDatabase();
afterAll(() => db.drop());

describe('the query catalog on a seeded database', () => {
  it('returns rows for every query with its sample parameters', async () => {
    await seedDatabase(db.url, resolveSeedOptions({ preset: 'demo', seed: 42, date: '2026-07-01', scale: 3 }));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const empty: string[] = [];
      for (const query of QUERY_CATALOG) {
        const { rowCount } = await client.query(query.sql, [...query.params]);
        if (!rowCount) empty.push(query.name);
      }
      expect(empty).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
