import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createOrm, migrateUp } from '../src/index.ts';
import { createDatabase, dropDatabase, withClient, withDatabase } from '@navimpact/server';
import { mainTestServer } from '@navimpact/server/testing';

// Each test works inside a transaction that it rolls back, on one migrated database.
let server: string;
let url: string;
const name = `navimpact_constraints_${process.pid}`;

beforeAll(async () => {
  server = (await mainTestServer()).url;
  await dropDatabase(server, name);
  await createDatabase(server, name);
  url = withDatabase(server, name);
  const orm = await createOrm({ url });
  await migrateUp(orm).finally(() => orm.close());
});
afterAll(() => dropDatabase(server, name));

const FIXTURE = `
  insert into organisations (id, name, slug) values (1, 'Shadow Goose', 'sg');
  insert into users (id, organisation_id, email, full_name, role) values (1, 1, 'Producer@SG.com.au', 'P', 'producer'), (2, 1, 'editor@sg.com.au', 'E', 'editor');
  insert into projects (id, organisation_id, owner_id, name, slug, kind) values (1, 1, 1, 'Doc', 'doc', 'documentary');
  insert into funders (id, name, slug, kind, jurisdiction) values (1, 'VicScreen', 'vicscreen', 'government', 'victoria');
  insert into grants (id, funder_id, created_by_id, title, amount_min, amount_max, status, industry_focus, location_eligibility)
    values (1, 1, 2, 'Fund', 1000, 5000, 'rolling', 'screen', 'victoria');
  insert into grant_applications (id, grant_id, project_id, amount_requested) values (1, 1, 1, 2000);
  insert into tasks (id, project_id, assigned_to_id, created_by_id, grant_application_id, title) values (1, 1, 2, 1, 1, 'Budget');`;

/** Runs the statements on the fixture in a transaction that is always rolled back; returns the SQLSTATE of a failure. */
async function inFixture(sql: string, check?: (q: (s: string) => Promise<unknown[]>) => Promise<void>): Promise<string | undefined> {
  return withClient(url, async (client) => {
    await client.query('begin');
    try {
      await client.query(FIXTURE);
      await client.query(sql);
      await check?.(async (s) => (await client.query(s)).rows);
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code;
    } finally {
      await client.query('rollback');
    }
  });
}

describe('the constraints', () => {
  it('make emails unique whatever their case', async () => {
    expect(await inFixture(`insert into users (organisation_id, email, full_name) values (1, 'producer@sg.COM.AU', 'Twin')`)).toBe('23505');
  });

  it('refuse statuses, kinds, amounts and ABNs outside their sets', async () => {
    expect(await inFixture(`update grants set status = 'maybe'`)).toBe('23514');
    expect(await inFixture(`update projects set kind = 'opera'`)).toBe('23514');
    expect(await inFixture(`update grants set amount_max = 10`)).toBe('23514');
    expect(await inFixture(`update grant_applications set amount_awarded = 100`)).toBe('23514');
    expect(await inFixture(`update organisations set abn = '1234'`)).toBe('23514');
    expect(await inFixture(`update organisations set abn = '51824753556'`)).toBeUndefined();
  });

  it('apply each ON DELETE rule', async () => {
    // A user who leaves: their tasks are unassigned and the grants they entered keep no author.
    expect(await inFixture('delete from users where id = 2', async (q) => {
      expect(await q('select assigned_to_id from tasks')).toEqual([{ assigned_to_id: null }]);
      expect(await q('select created_by_id from grants')).toEqual([{ created_by_id: null }]);
    })).toBeUndefined();
    // A project's owner cannot be deleted while the project needs one (NO ACTION: 23503).
    expect(await inFixture('delete from users where id = 1')).toBe('23503');
    // A funder or grant with applications on record is kept (RESTRICT: 23001).
    expect(await inFixture('delete from funders')).toBe('23001');
    expect(await inFixture('delete from grants')).toBe('23001');
    // Deleting the organisation takes everything that belongs to it.
    expect(await inFixture('delete from organisations', async (q) => {
      for (const table of ['users', 'projects', 'grant_applications', 'tasks']) {
        expect(await q(`select count(*)::int as n from ${table}`), table).toEqual([{ n: 0 }]);
      }
      expect(await q('select count(*)::int as n from grants')).toEqual([{ n: 1 }]);
    })).toBeUndefined();
  });
});
