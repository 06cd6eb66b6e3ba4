import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createOrm, migrateUp } from '@navimpact/schema';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';
import { countRows, resolveSeedOptions, seedDatabase } from '../src/index.ts';

const servers = await testServers();
// Scale 1 (about 7,000 rows) is loaded on the test's thread with the constraints in place, scale 10
// (about 50,000) with them dropped and rebuilt, and scale 25 (about 110,000) is streamed from a
// worker with them dropped and rebuilt. All in chunks.
const tiny = resolveSeedOptions({ preset: 'demo', seed: 42, date: '2026-07-01', scale: 1 });
const small = resolveSeedOptions({ preset: 'demo', seed: 42, date: '2026-07-01', scale: 10 });
const streamed = resolveSeedOptions({ preset: 'demo', seed: 42, date: '2026-07-01', scale: 25 });

// Every foreign key and index of the schema, by name and definition, and how many rows each table has.
async function shape(client: pg.Client): Promise<{ constraints: string[]; indexes: string[]; rows: number }> {
  const { rows: constraints } = await client.query<{ d: string }>(
    `select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d from pg_constraint where connamespace = current_schema()::regnamespace order by 1`,
  );
  const { rows: indexes } = await client.query<{ d: string }>(`select indexdef as d from pg_indexes where schemaname = current_schema() order by 1`);
  const { rows: count } = await client.query<{ n: string }>(`select coalesce(sum(n_live_tup), 0) as n from pg_stat_user_tables`);
  return { constraints: constraints.map((r) => r.d), indexes: indexes.map((r) => r.d), rows: Number(count[0]!.n) };
}

async function withMigrated(serverUrl: string, fn: (url: string, client: pg.Client) => Promise<void>): Promise<void> {
  await withScratchDatabase(serverUrl, async (url) => {
    const orm = await createOrm({ url });
    await migrateUp(orm).finally(() => orm.close());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await fn(url, client);
    } finally {
      await client.end();
    }
  });
}

describe.each(servers)('a streamed seed on $label', (server) => {
  it('at scale 1 writes every generated row with every index and foreign key in place', async () => {
    await withMigrated(server.url, async (url, client) => {
      const before = await shape(client);
      const lines: string[] = [];
      const report = await seedDatabase(url, tiny, { onProgress: (line) => lines.push(line) });
      expect(report.totalRows).toBe(countRows(tiny));
      expect(lines.filter((line) => line.startsWith('rebuilding'))).toEqual([]);
      expect((await shape(client)).constraints).toEqual(before.constraints);
    });
  });

  it.each([small, streamed])('at scale $scale writes every generated row in chunks, keeps every index and foreign key, and analyses the tables', async (options) => {
    await withMigrated(server.url, async (url, client) => {
      const before = await shape(client);
      const chunks: number[] = [];
      const lines: string[] = [];
      const report = await seedDatabase(url, options, { onRows: (p) => chunks.push(p.rows), onProgress: (line) => lines.push(line) });
      const rebuilt = lines.filter((line) => /^rebuilding \d+ indexes and foreign keys$/.test(line));
      expect(rebuilt).toHaveLength(1);
      expect(report.totalRows).toBe(countRows(options));
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.at(-1)).toBe(report.totalRows);
      const after = await shape(client);
      expect(after.constraints).toEqual(before.constraints);
      expect(after.indexes).toEqual(before.indexes);
      const { rows } = await client.query<{ analysed: string }>(`select count(*) as analysed from pg_stat_user_tables where relname = any($1) and last_analyze is not null`, [Object.keys(report.rows)]);
      expect(Number(rows[0]!.analysed)).toBe(Object.keys(report.rows).length);
      const { rows: next } = await client.query<{ id: number }>(`insert into tags (name, slug) values ('After the seed', 'after-the-seed') returning id`);
      expect(next[0]!.id).toBe(report.rows.tags! + 1);
    });
  });

  it.each([small, streamed])('at scale $scale, stopped after its first chunk, leaves the database empty with every index and foreign key', async (options) => {
    await withMigrated(server.url, async (url, client) => {
      const before = await shape(client);
      const stop = new Error('stopped by the test');
      const error = await seedDatabase(url, options, {
        onRows: () => {
          throw stop;
        },
      }).catch((e: unknown) => e);
      expect(error).toBe(stop);
      const { rows } = await client.query<{ n: string }>('select (select count(*) from grants) + (select count(*) from media_items) + (select count(*) from sdgs) as n');
      expect(rows[0]!.n).toBe('0');
      const after = await shape(client);
      expect(after.constraints).toEqual(before.constraints);
      expect(after.indexes).toEqual(before.indexes);
    });
  });
});
