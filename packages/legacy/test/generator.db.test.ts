import { describe, expect, it } from 'vitest';
import { queryRows, testServers, withScratchDatabase } from '@navimpact/server/testing';
import { buildLegacyDatabase, DAMAGE_KINDS, inspectLegacyDatabase, LegacyError, MODEL_TABLES, SGE_TABLES } from '../src/index.ts';

const servers = await testServers();

/** An md5 of every generated table's rows in key order: equal checksums mean equal databases. */
async function checksums(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of [...MODEL_TABLES, ...SGE_TABLES]) {
    const [row] = await queryRows<{ sum: string }>(url, `select md5(string_agg(t::text, '|' order by t::text collate "C")) as sum from ${table} t`);
    out[table] = row!.sum;
  }
  return out;
}

describe.each(servers)('the legacy generator on $label', (server) => {
  it('builds every real-app table with every kind of damage, recognised by inspection', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const report = await buildLegacyDatabase(url, { seed: 7, rows: 5000 });
      expect(report.totalRows).toBeGreaterThanOrEqual(5000);
      expect(report.tables.map((t) => t.table).sort()).toEqual([...MODEL_TABLES, ...SGE_TABLES].sort());
      const inspection = await inspectLegacyDatabase(url);
      expect(inspection.tables.unknown).toEqual([]);
      expect(inspection.alembicHeads).toHaveLength(5);
      expect(new Set(inspection.damage.map((d) => d.kind))).toEqual(new Set(DAMAGE_KINDS));
      const orphanColumns = inspection.damage.filter((d) => d.kind.startsWith('orphan')).map((d) => `${d.table}.${d.column}`).sort();
      expect(orphanColumns).toEqual(inspection.missingForeignKeys.map((r) => `${r.table}.${r.column}`).sort());
      for (const table of report.tables) expect(inspection.rows[table.table]).toBe(table.rows);
    }, 'navimpact_legacy');
  });

  it('is deterministic: the same seed gives the same tables, another seed other ones', async () => {
    const build = (seed: number) => withScratchDatabase(server.url, async (url) => {
      await buildLegacyDatabase(url, { seed, rows: 2000 });
      return checksums(url);
    }, 'navimpact_legacy');
    const [a, b, c] = [await build(11), await build(11), await build(12)];
    expect(b).toEqual(a);
    expect(c.grants).not.toBe(a.grants);
  });

  it('refuses a database that already has tables, and a bad row count', async () => {
    await withScratchDatabase(server.url, async (url) => {
      await queryRows(url, 'create table keep_me (id int)');
      await expect(buildLegacyDatabase(url, { rows: 2000 })).rejects.toMatchObject({ code: 'NOT_EMPTY' });
      await expect(buildLegacyDatabase(url, { rows: 10 })).rejects.toBeInstanceOf(LegacyError);
    }, 'navimpact_legacy');
  });
});

describe('the legacy generator across servers', () => {
  it.runIf(servers.length > 1)('writes byte-identical tables on PostgreSQL 18 and 15', async () => {
    const sums = [];
    for (const server of servers) {
      sums.push(await withScratchDatabase(server.url, async (url) => {
        await buildLegacyDatabase(url, { seed: 5, rows: 2000 });
        return checksums(url);
      }, 'navimpact_legacy'));
    }
    expect(sums[1]).toEqual(sums[0]);
  });
});
