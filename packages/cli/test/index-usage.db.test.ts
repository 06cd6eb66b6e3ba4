import { describe, expect, it } from 'vitest';
import { withClient } from '@navimpact/server';
import { queryRows, testServers, withScratchDatabase } from '@navimpact/server/testing';
import { checkIndexUsage } from '../src/operations/check.ts';
import { findIndexUsage, readScanCounts } from '../src/operations/index-usage.ts';
import { cli } from './_cli.ts';

const servers = await testServers();

// A large table with an index nothing reads, one sequential scan, and 10,001 probes of its key.
async function plant(url: string): Promise<void> {
  await queryRows(url, `create table readings (id int primary key, v int not null, note text)`);
  await queryRows(url, `insert into readings select g, g % 97, 'n' || g from generate_series(1, 20000) g`);
  await queryRows(url, `create index ix_readings_v on readings (v)`);
  await queryRows(url, 'analyze readings');
  await queryRows(url, `select count(*) from readings where note like '%7%'`);
  await withClient(url, async (client) => {
    await client.query('set enable_hashjoin = off; set enable_mergejoin = off; set enable_seqscan = off');
    await client.query('select count(*) from generate_series(1, 10001) g join readings r on r.id = g');
  });
}

describe.each(servers)('index usage on $label', (server) => {
  it('is too early to judge on a young database, naming what it sees so far', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await queryRows(url, `create table notes (id int primary key, body text)`);
      await queryRows(url, `create index ix_notes_body on notes (body)`);
      const item = await withClient(url, checkIndexUsage);
      expect(item.status).toBe('ok');
      expect(item.summary).toMatch(/^too early to judge: \d+ scans .*since the database was created \(never reset\); so far 0 indexes never scanned/);
    }, 'navimpact_usage');
  });

  it('names the index never scanned and the large table read by sequential scans once enough scans are counted', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await plant(url);
      const item = await withClient(url, checkIndexUsage);
      expect(item.status).toBe('problem');
      expect(item.summary).toMatch(/^1 index never scanned, 1 table of 10,000 rows or more read by sequential scans, over [\d,]+ scans since the database was created/);
      expect(item.details).toContain('ix_readings_v on readings (20,000 rows, 160 kB): never scanned'.replace('160', item.details[0]!.match(/(\d+) kB/)![1]!));
      expect(item.details[1]).toMatch(/^readings \(20,000 rows\): \d+ sequential scans?, [\d,]+ index scans$/);
      const { out, code } = await cli(['check'], { DATABASE_URL: url });
      expect(code).toBe(1);
      expect(out.find((line) => line.startsWith('✗ index usage: 1 index never scanned'))).toBeDefined();
    }, 'navimpact_usage');
  });

  it('counts only what happened after a first reading', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await plant(url);
      await withClient(url, async (client) => {
        const before = await readScanCounts(client);
        const usage = await findIndexUsage(client, before);
        expect(usage.sequentialScans).toEqual([]);
        expect(usage.unusedIndexes.map((i) => i.index)).toEqual(['ix_readings_v']);
      });
    }, 'navimpact_usage');
  });
});
