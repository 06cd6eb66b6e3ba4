import { describe, expect, it } from 'vitest';
import { withClient } from '@navimpact/server';
import { testServers, userTables, withScratchDatabase } from '@navimpact/server/testing';
import { createLegacySchema, inspectLegacyDatabase, LEGACY_TABLES, NOTION_TABLES, SUSTAINABILITY_TABLES } from '../src/index.ts';

const servers = await testServers();

describe.each(servers)('the legacy schema on $label', (server) => {
  it('builds with the optional sustainability and Notion modules, all recognised, no damage when empty', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await withClient(url, (client) => createLegacySchema(client, { sustainability: true, notion: true }));
      const tables = await userTables(url);
      expect(tables).toEqual(expect.arrayContaining([...SUSTAINABILITY_TABLES, ...NOTION_TABLES]));
      expect(tables.every((t) => LEGACY_TABLES.includes(t))).toBe(true);
      const report = await inspectLegacyDatabase(url);
      expect(report.tables.unknown).toEqual([]);
      expect(report.damage).toEqual([]);
    }, 'navimpact_legacy');
  });
});

describe.each(servers)('inspection of a damaged link table on $label', (server) => {
  it('reports orphans of a link table whose FK was dropped, by the dangling id', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await withClient(url, async (client) => {
        await createLegacySchema(client);
        await client.query(`alter table grant_tags drop constraint grant_tags_tag_id_fkey;
          insert into grants (id, title, source, status) values (1, 'Creators Fund', 'Creative Victoria', 'open');
          insert into grant_tags values (1, 404)`);
      });
      const report = await inspectLegacyDatabase(url);
      expect(report.missingForeignKeys).toContainEqual({ table: 'grant_tags', column: 'tag_id', references: 'tags' });
      expect(report.damage.filter((d) => d.table === 'grant_tags')).toEqual([
        { kind: 'orphan', table: 'grant_tags', column: 'tag_id', references: 'tags', count: 1, ids: [404], values: ['404'] },
      ]);
    }, 'navimpact_legacy');
  });
});
