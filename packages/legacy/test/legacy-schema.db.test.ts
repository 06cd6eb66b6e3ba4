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
