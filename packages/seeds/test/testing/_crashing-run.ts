// A test run that dies with a test database and a pool database still on the server: prints their names, then exits at once.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startPool } from '../../src/testing/pool.ts';
import { cloneTestDatabase } from '../../src/testing/test-database.ts';

const [serverUrl, template, namespace] = process.argv.slice(2) as [string, string, string];
const db = await cloneTestDatabase(serverUrl, { template, namespace });
const pool = startPool(serverUrl, { template, namespace, cloneStrategy: null, size: 1 });
const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
for (;;) {
  const { rows } = await client.query<{ name: string }>('select datname as name from pg_database where datname like $1', [`${pool.prefix}%`]);
  if (rows[0]) {
    console.log(db.name);
    console.log(rows[0].name);
    process.exit(1);
  }
  await sleep(20);
}
