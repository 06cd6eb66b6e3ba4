import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_DATABASE, createDatabase, databaseExists, embeddedServerOptions, embeddedServerUrl, startEmbeddedServer } from '@navimpact/server';
import type { EmbeddedServerOptions } from '@navimpact/server';
import { cli, query } from './_cli.ts';

// The embedded server these tests share with the developer: the default one unless the
// environment points elsewhere (CI may), passed on explicitly rather than through process.env.
const ENV = Object.fromEntries(
  ['NAVIMPACT_PGDATA', 'NAVIMPACT_PGPORT'].flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
);
let options: EmbeddedServerOptions;

beforeAll(async () => {
  options = embeddedServerOptions(ENV);
  await startEmbeddedServer(options);
});

describe('the embedded server', () => {
  it('`start` says it is already running', async () => {
    const { code, out } = await cli(['start'], ENV);
    expect(code).toBe(0);
    expect(out).toEqual([`Embedded PostgreSQL already running: postgres://navimpact:***@127.0.0.1:${options.port}/${DEV_DATABASE}`]);
  });

  it('`status` reports it running, and exits 0', async () => {
    const { code, out } = await cli(['status'], ENV);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^embedded server: running \(pid \d+\)$/);
    expect(out).toContain(`  data folder: ${options.dataDir}`);
  });

  it('`url` prints only the dev database URL, which connects once the database exists', async () => {
    const url = embeddedServerUrl(options, DEV_DATABASE);
    // `url` creates nothing (side-effects.db.test.ts); the dev database is made the way a developer would.
    if (!(await databaseExists(embeddedServerUrl(options), DEV_DATABASE))) await createDatabase(embeddedServerUrl(options), DEV_DATABASE).catch(() => {});
    expect(await cli(['url'], ENV)).toEqual({ code: 0, out: [url], err: [] });
    expect(await query(url, 'select current_database() as name')).toEqual([{ name: DEV_DATABASE }]);
  });

  it('names a wrong password, redacted', async () => {
    const url = new URL(embeddedServerUrl(options));
    url.password = 'wrong-password';
    const { code, err } = await cli(['migrate'], { ...ENV, DATABASE_URL: url.toString() });
    expect(code).toBe(1);
    expect(err).toEqual([
      `error: PostgreSQL refused the user or password in postgres://navimpact:***@127.0.0.1:${options.port}/postgres.`,
      'hint: Check the user and password in DATABASE_URL.',
    ]);
  });
});
