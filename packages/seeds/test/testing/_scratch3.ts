import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, migrateUp, createConfig, withDatabase, dropDatabase, createDatabase } from '@navimpact/schema';
const server = process.argv[2]!;
await dropDatabase(server, 'tdb_probe_tpl');
await createDatabase(server, 'tdb_probe_tpl');
let t = performance.now();
const orm = await createOrm({ url: withDatabase(server, 'tdb_probe_tpl') });
console.log('orm init', performance.now() - t);
t = performance.now();
await migrateUp(orm); await orm.close();
console.log('migrate', performance.now() - t);
const admin = new pg.Client({ connectionString: server }); await admin.connect();
for (const strategy of ['wal_log', 'file_copy']) {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    await admin.query(`create database tdb_probe_${i} template tdb_probe_tpl strategy ${strategy}`);
    times.push(performance.now() - t);
  }
  for (let i = 0; i < 10; i++) await admin.query(`drop database tdb_probe_${i}`);
  console.log(strategy, times.map(Math.round).join(' '));
}
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  const o = await MikroORM.init(createConfig({ url: withDatabase(server, 'tdb_probe_tpl'), poolMax: 2 }));
  await o.em.getConnection().execute('select 1');
  times.push(performance.now() - t);
  await o.close();
}
console.log('orm init+query', times.map(Math.round).join(' '));
const sz = await admin.query(`select pg_database_size('tdb_probe_tpl')`); console.log('size', sz.rows[0]);
await admin.query('drop database tdb_probe_tpl');
await admin.end();
