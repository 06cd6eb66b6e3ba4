import { describe, expect, it } from 'vitest';
import { QUERY_CATALOG } from '@navimpact/schema';
import { connectClient } from '@navimpact/server';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';
import { buildLegacyDatabase, LEGACY_CATALOG, sampleParams } from '../src/index.ts';

const servers = await testServers();

describe('the legacy catalog', () => {
  it('has every catalog query, in a legacy form or with the reason it has none', () => {
    expect(Object.keys(LEGACY_CATALOG).sort()).toEqual(QUERY_CATALOG.map((q) => q.name).sort());
    for (const [name, entry] of Object.entries(LEGACY_CATALOG)) {
      expect({ name, legacyOrReason: (entry.legacy === null) !== (entry.v2Only === undefined) }).toEqual({ name, legacyOrReason: true });
    }
  });
});

describe.each(servers)('the legacy forms on $label', (server) => {
  it('run on a generated legacy database and return rows with their sample parameters', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await buildLegacyDatabase(url, { rows: 20_000 });
      const client = await connectClient(url);
      try {
        const empty: string[] = [];
        for (const [name, { legacy }] of Object.entries(LEGACY_CATALOG)) {
          if (legacy === null) continue;
          const params = await sampleParams(client, legacy.sample);
          const rows = params === null ? 0 : (await client.query(legacy.sql, params)).rowCount ?? 0;
          if (rows === 0) empty.push(name);
        }
        expect(empty).toEqual([]);
      } finally {
        await client.end();
      }
    }, 'navimpact_legacy');
  });
});
