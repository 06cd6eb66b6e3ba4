import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenFakeServer, type FakeServer } from '@navimpact/server/testing';
import { cli } from './_cli.ts';

// Ports on this machine that accept connections but are not PostgreSQL: nothing may wait on them.
describe.each(['silent', 'garbage'] as const)('a port that answers but is not PostgreSQL (%s)', (kind) => {
  let fake: FakeServer;
  beforeAll(async () => void (fake = await listenFakeServer(kind)));
  afterAll(() => fake.close());

  const url = () => `postgres://u:pw@127.0.0.1:${fake.port}/db?connect_timeout=1`;
  const sentence = () => `Something answers at 127.0.0.1:${fake.port} but it is not PostgreSQL, or it did not answer within 1 s.`;

  it.each(['fresh', 'migrate', 'rollback', 'seed', 'reset', 'migration:create --name x'])('`%s` gives up in one sentence', async (line) => {
    const startedAt = Date.now();
    const { code, err } = await cli(line.split(' '), { DATABASE_URL: url() });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(err[0]).toBe(`error: ${sentence()}`);
    expect(err[1]).toMatch(/^hint: Check the host and port/);
  });

  it('`check` reports it as the server finding', async () => {
    const { code, out } = await cli(['check'], { DATABASE_URL: url() });
    expect(code).toBe(1);
    expect(out).toContain(`✗ server: ${sentence()}`);
  });

  it('the default timeout is a few seconds, not minutes', async () => {
    const startedAt = Date.now();
    const { code, err } = await cli(['migrate'], { DATABASE_URL: `postgres://u:pw@127.0.0.1:${fake.port}/db` });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/not PostgreSQL, or it did not answer within 5 s\.$/);
    expect(Date.now() - startedAt).toBeLessThan(8_000);
  });
});
