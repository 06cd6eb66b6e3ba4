import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  RECORD_TABLE,
  createOrm,
  findConventionViolations,
  isEnvironmentName,
  migrateDown,
  migrateUp,
  readDatabaseRecord,
  schemaDrift,
  setDatabaseEnvironment,
  writeDatabaseRecord,
} from '../src/index.ts';
import { testServers, withScratchDatabase } from '@navimpact/server/testing';

const servers = await testServers();

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('environment names', () => {
  it.each(['development', 'test', 'production', 'staging', 'qa_2', 'demo-eu'])('accepts %s', (name) => {
    expect(isEnvironmentName(name)).toBe(true);
  });

  it.each(['', 'Production', 'prod env', '2nd', 'staging!', 'x'.repeat(33)])('refuses "%s"', (name) => {
    expect(isEnvironmentName(name)).toBe(false);
  });
});

describe.each(servers)('the database record on $label', (server) => {
  it('is absent from a database the toolkit did not make, then written, read and changed', async () => {
    await withScratchDatabase(server.url, (url) =>
      withClient(url, async (client) => {
        expect(await readDatabaseRecord(client)).toBeNull();
        const written = await writeDatabaseRecord(client, { environment: 'development', how: 'fresh' });
        expect(written).toMatchObject({ environment: 'development', how: 'fresh', madeBy: expect.stringMatching(/^navimpact \d+\.\d+\.\d+$/) });
        expect(await readDatabaseRecord(client)).toEqual(written);
        const changed = await setDatabaseEnvironment(client, 'production');
        expect(changed).toMatchObject({ environment: 'production', how: 'fresh', madeBy: written.madeBy, madeAt: written.madeAt });
        await expect(writeDatabaseRecord(client, { environment: 'Prod!', how: 'fresh' })).rejects.toThrow(TypeError);
      }),
    );
  });

  it('says a database marked by env:set was not made by the toolkit', async () => {
    await withScratchDatabase(server.url, (url) =>
      withClient(url, async (client) => {
        expect(await setDatabaseEnvironment(client, 'staging')).toMatchObject({ environment: 'staging', how: 'by-hand', madeBy: 'unknown' });
      }),
    );
  });

  it('is not part of the schema: no drift, no convention violation, and a rollback keeps it', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const orm = await createOrm({ url, poolMax: 2 });
      try {
        await migrateUp(orm);
        await withClient(url, (client) => writeDatabaseRecord(client, { environment: 'test', how: 'test' }));
        expect(await schemaDrift(orm)).toBe('');
        expect(await withClient(url, findConventionViolations)).toEqual([]);
        await migrateDown(orm, { all: true });
        expect(await withClient(url, readDatabaseRecord)).toMatchObject({ environment: 'test' });
        const { rows } = await withClient(url, (client) => client.query('select to_regclass($1) as t', [RECORD_TABLE]));
        expect(rows[0].t).toBe(RECORD_TABLE);
      } finally {
        await orm.close();
      }
    });
  });
});
