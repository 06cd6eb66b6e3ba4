import { ensureTemplate, openTestDatabase, closeTestDatabase, testServerUrl } from '../../src/testing/index.ts';
import { resolveSeedOptions } from '../../src/options.ts';
const serverUrl = process.argv[2] ?? await testServerUrl();
const seed = resolveSeedOptions({ preset: 'minimal' });
let t = performance.now();
const r = await ensureTemplate(serverUrl, { seed, namespace: 'scratch', populate: async () => {} });
console.log(r, performance.now() - t);
const times: number[] = [];
for (let i = 0; i < 20; i++) {
  t = performance.now();
  const db = await openTestDatabase({ serverUrl, template: r.name, cloneStrategy: r.cloneStrategy, namespace: 'scratch' });
  times.push(performance.now() - t);
  await closeTestDatabase(serverUrl, db, { failed: false, keep: 'never' });
}
console.log(times.map(Math.round).join(' '));
