import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_DATABASE, databaseExists, dropDatabase, embeddedServerUrl, stopEmbeddedServer } from '@navimpact/server';
import { cli } from './_cli.ts';
import { freePort } from '@navimpact/server/testing';

// An embedded server of this file's own, in a folder of its own, so stopping it disturbs no one.
let root = '';
let env: { NAVIMPACT_PGDATA: string; NAVIMPACT_PGPORT: string };
const options = () => ({ dataDir: env.NAVIMPACT_PGDATA, port: Number(env.NAVIMPACT_PGPORT) });


beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'navimpact-side-effects-'));
  // As root, initdb runs as `postgres`, which must be able to enter the folder.
  await chmod(root, 0o777);
  env = { NAVIMPACT_PGDATA: path.join(root, 'pgdata'), NAVIMPACT_PGPORT: String(await freePort()) };
});

afterAll(async () => {
  await stopEmbeddedServer(options()).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

describe('nothing happens unsaid', () => {
  it('`url` prints the URL of a stopped server, says it is not running, and starts nothing', async () => {
    const result = await cli(['url'], env);
    expect(result).toEqual({
      code: 0,
      out: [embeddedServerUrl(options(), DEV_DATABASE)],
      err: ['The embedded server is not running: `navimpact start` starts it (this URL works once it runs).'],
    });
    expect(existsSync(env.NAVIMPACT_PGDATA)).toBe(false);
  });

  it('`check` reports a stopped server as a finding and starts nothing', async () => {
    const { code, out } = await cli(['check'], env);
    expect(code).toBe(1);
    expect(out).toContain('✗ server: the embedded server is not running');
    expect(out).toContain('  hint: `navimpact start` starts it.');
    expect(existsSync(env.NAVIMPACT_PGDATA)).toBe(false);
  });

  it('`migrate` says that it started the server and created the database, once', async () => {
    const first = await cli(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.err).toEqual([
      'Started the embedded PostgreSQL server (it keeps running; `navimpact stop` stops it).',
      `Created the database ${DEV_DATABASE} on the embedded server.`,
    ]);
    const second = await cli(['migrate'], env);
    expect(second).toEqual({ code: 0, out: ['Already up to date.'], err: [] });
  });

  it('`check` and `url` say nothing more once the server runs with its database', async () => {
    expect(await cli(['url'], env)).toEqual({ code: 0, out: [embeddedServerUrl(options(), DEV_DATABASE)], err: [] });
    const { code, out } = await cli(['check'], env);
    expect(code).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^Checking postgres://\\w+:\\*\\*\\*@127\\.0\\.0\\.1:${env.NAVIMPACT_PGPORT}/${DEV_DATABASE} \\(embedded\\)$`));
  });

  it('`url` and `check` name a missing database and create nothing', async () => {
    await dropDatabase(embeddedServerUrl(options()), DEV_DATABASE);
    const url = await cli(['url'], env);
    expect(url.err).toEqual([`The database ${DEV_DATABASE} does not exist yet: \`navimpact migrate\` creates it, \`navimpact fresh\` builds it seeded.`]);
    const { code, out } = await cli(['check'], env);
    expect(code).toBe(1);
    expect(out).toContain(`✗ server: the database ${DEV_DATABASE} does not exist on the embedded server`);
    expect(await databaseExists(embeddedServerUrl(options()), DEV_DATABASE)).toBe(false);
  });

  it('`fresh` on the embedded server prints its URL without the password', async () => {
    const password = decodeURIComponent(new URL(embeddedServerUrl(options())).password);
    const { code, out } = await cli(['fresh', '--preset', 'minimal'], env);
    expect(code).toBe(0);
    const line = out.find((l) => l.startsWith('database '));
    expect(line).toMatch(/^database postgres:\/\/\w+:\*\*\*@127\.0\.0\.1:\d+\/navimpact \(`navimpact url` prints it with its password\)$/);
    expect(out.join('\n')).not.toContain(`:${password}@`);
  });
});
