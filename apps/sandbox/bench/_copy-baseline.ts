// The fresh benchmark's baseline: the rows a `fresh` wrote, dumped to COPY files, then loaded by
// COPY alone into a freshly created and migrated database, with its constraints in place.
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { createOrm, migrateUp } from '@navimpact/schema';
import { createDatabase, dropDatabase, withDatabase } from '@navimpact/server';

/** Writes each table of `url` (in `tables`' order) to `<dir>/<table>.copy`; returns the rows of each. */
export async function dumpTables(url: string, tables: readonly string[], dir: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows: Record<string, number> = {};
    for (const table of tables) {
      const stream = client.query(copyTo(`copy ${pg.escapeIdentifier(table)} to stdout`));
      await pipeline(stream, createWriteStream(join(dir, `${table}.copy`)));
      rows[table] = stream.rowCount;
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** Times create + migrate, then COPY of the dumped files (one transaction, sequences set), into a new database. */
export async function copyBaseline(server: string, name: string, tables: readonly string[], dir: string): Promise<{ total: number; copy: number }> {
  await dropDatabase(server, name);
  const startedAt = performance.now();
  await createDatabase(server, name);
  const url = withDatabase(server, name);
  const orm = await createOrm({ url });
  await migrateUp(orm).finally(() => orm.close());
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copyAt = performance.now();
  try {
    await client.query('begin');
    for (const table of tables) await pipeline(createReadStream(join(dir, `${table}.copy`)), client.query(copyFrom(`copy ${pg.escapeIdentifier(table)} from stdin`)));
    const { rows: identities } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.columns where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES' and table_name = any($1)`,
      [tables],
    );
    for (const { name: table } of identities) await client.query(`select setval(pg_get_serial_sequence($1, 'id'), max(id)) from ${pg.escapeIdentifier(table)}`, [table]);
    await client.query('commit');
  } finally {
    await client.end();
  }
  const end = performance.now();
  await dropDatabase(server, name);
  return { total: end - startedAt, copy: end - copyAt };
}
