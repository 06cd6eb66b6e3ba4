import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { QUERY_CATALOG, createOrm, migrateUp, readCatalog, type CatalogQuery } from '../src/index.ts';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';

const servers = await testServers();

// With the table's other ix_ indexes dropped (and restored by the rollback), so the plan shows
// whether this index can serve the query rather than which of two usable ones is cheaper on empty tables.
async function planWithOnly(client: pg.Client, query: CatalogQuery): Promise<string> {
  await client.query('begin');
  try {
    const { rows: others } = await client.query<{ name: string }>(
      `select indexname as name from pg_indexes where tablename = (select tablename from pg_indexes where indexname = $1)
         and indexname like 'ix\\_%' and indexname <> $1`,
      [query.index],
    );
    for (const { name } of others) await client.query(`drop index ${pg.escapeIdentifier(name)}`);
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain ${query.sql}`, [...query.params]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('rollback');
  }
}

describe.each(servers)('the query catalog on $label', (server) => {
  it('has a query the planner serves with each of its indexes, and no other index lacks one', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const orm = await createOrm({ url });
      await migrateUp(orm).finally(() => orm.close());
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // On empty tables a sequential scan always wins; switching it off asks whether the index *can* serve.
        await client.query('set enable_seqscan = off');
        for (const query of QUERY_CATALOG) {
          const plan = await planWithOnly(client, query);
          expect(plan, query.name).toContain(query.index);
          // Seq scans are switched off, so one in the plan means no index can keep the query from reading a table whole.
          expect(plan, query.name).not.toContain('Seq Scan');
        }
        const catalog = await readCatalog(client);
        const fkLeading = (ix: { table: string; columns: string[] }) =>
          catalog.foreignKeys.some((fk) => fk.table === ix.table && fk.columns.every((c, i) => ix.columns[i] === c));
        const unserved = catalog.indexes
          .filter((ix) => ix.name.startsWith('ix_') && !fkLeading(ix))
          .filter((ix) => !QUERY_CATALOG.some((q) => q.index === ix.name));
        expect(unserved.map((ix) => ix.name)).toEqual([]);
      } finally {
        await client.end();
      }
    });
  });
});
