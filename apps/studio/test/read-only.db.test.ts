import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseExists, dropDatabase, withDatabase } from '@navimpact/server';
import { useTestDatabase } from '@navimpact/seeds/testing';
import { readOnly } from '../src/db.ts';
import { createStudio, type Studio } from '../src/studio.ts';

const db = useTestDatabase();

describe('the studio only reads', () => {
  let studio: Studio;
  beforeAll(async () => void (studio = await createStudio({ url: db.url })));
  afterAll(() => studio?.close());

  it('runs every request in a read-only transaction', async () => {
    const write = readOnly(studio.orm, (query) => query(`insert into tags (name, slug) values ('x', 'x')`));
    await expect(write).rejects.toMatchObject({ code: '25006' });
  });

  it('answers only requests addressed to the loopback interface', async () => {
    expect((await studio.app.request('http://example.com/')).status).toBe(403);
    expect((await studio.app.request('http://127.0.0.1:4983/')).status).toBe(200);
  });

  it('says 400 for a value a column cannot hold, 404 for a table that does not exist', async () => {
    expect((await studio.app.request('http://127.0.0.1/tables/grants?id=abc')).status).toBe(400);
    expect((await studio.app.request('http://127.0.0.1/tables/nope')).status).toBe(404);
    expect((await studio.app.request('http://127.0.0.1/tables/grants/row?id=999999')).status).toBe(404);
  });
});

describe('a database it cannot show', () => {
  it('names the commands to run when the server does not answer', async () => {
    const closed = await createStudio({ url: 'postgres://navimpact:secret@127.0.0.1:1/navimpact' });
    const response = await closed.app.request('http://127.0.0.1/');
    await closed.close();
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(body).toContain('npx navimpact start');
    expect(body).toContain('npx turbo run db:fresh');
    expect(body).not.toContain('secret');
  });

  it('names the command to run when the database does not exist', async () => {
    const none = await createStudio({ url: withDatabase(db.url, `${db.name}_never_created`) });
    const response = await none.app.request('http://127.0.0.1/tables');
    await none.close();
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('does not exist yet');
    expect(await databaseExists(withDatabase(db.url, 'postgres'), `${db.name}_never_created`)).toBe(false);
  });

  it('names the commands to run when the database has no migrations', async () => {
    const name = `${db.name}_empty`;
    const serverUrl = withDatabase(db.url, 'postgres');
    await createDatabase(serverUrl, name);
    try {
      const empty = await createStudio({ url: withDatabase(db.url, name) });
      const response = await empty.app.request('http://127.0.0.1/grants');
      await empty.close();
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npx turbo run db:fresh');
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });
});
