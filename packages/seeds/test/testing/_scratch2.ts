import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { createConfig, withDatabase } from '@navimpact/schema';
import { ensureTemplate, testServerUrl } from '../../src/testing/index.ts';
import { resolveSeedOptions } from '../../src/options.ts';
const serverUrl = process.argv[2] ?? await testServerUrl();
const r = await ensureTemplate(serverUrl, { seed: resolveSeedOptions({ preset: 'minimal' }), namespace: 'scratch', populate: async () => {} });
const T: Record<string, number[]> = {};
const lap = (k: string, t: number) => { (T[k] ??= []).push(Math.round(performance.now() - t)); return performance.now(); };
for (let i = 0; i < 15; i++) {
  let t = performance.now();
  const c = new pg.Client({ connectionString: serverUrl }); await c.connect(); t = lap('connect', t);
  await c.query(`create database scratch_x${i} template ${r.name} strategy ${r.cloneStrategy}`); t = lap('create', t);
  await c.query(`comment on database scratch_x${i} is 'x'`); t = lap('comment', t);
  const orm = await MikroORM.init(createConfig({ url: withDatabase(serverUrl, `scratch_x${i}`), poolMax: 2 })); t = lap('orminit', t);
  await orm.em.getConnection().execute('select 1'); t = lap('ormconnect', t);
  await orm.close(true);
  await c.query(`drop database scratch_x${i}`); t = lap('drop', t);
  await c.end();
}
for (const [k, v] of Object.entries(T)) console.log(k, v.join(' '));
