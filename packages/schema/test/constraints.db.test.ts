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

  it('keep the real app\'s bcrypt hashes and statuses, and let a program publish no amounts', async () => {
    // A passlib bcrypt hash as app/core/security.py writes it signs in unchanged; plain text never lands in the column.
    expect(await inFixture(`update users set password_hash = '$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW'`)).toBeUndefined();
    expect(await inFixture(`update users set password_hash = 'hunter2'`)).toBe('23514');
    expect(await inFixture(`update tasks set status = 'review'`)).toBeUndefined();
    expect(await inFixture(`update grants set amount_min = null, amount_max = null`)).toBeUndefined();
    expect(await inFixture(`update grants set amount_min = null, amount_max = -1`)).toBe('23514');
    expect(await inFixture(`update projects set impact_types = '{social,joy}'`)).toBe('23514');
  });

  it('apply each ON DELETE rule', async () => {
    // A user who leaves: their tasks are unassigned and the grants they entered keep no author.
    expect(await inFixture('delete from users where id = 2', async (q) => {
      expect(await q('select assigned_to_id from tasks')).toEqual([{ assigned_to_id: null }]);
      expect(await q('select created_by_id from grants')).toEqual([{ created_by_id: null }]);
    })).toBeUndefined();
    // A comment thread outlives its author, and a reply goes with the comment it answers.
    expect(await inFixture(`
      insert into task_comments (id, task_id, author_id, content) values (1, 1, 2, 'Q'), (2, 1, 1, 'A');
      update task_comments set parent_id = 1 where id = 2;
      delete from users where id = 2;`, async (q) => {
      expect(await q('select id, author_id from task_comments order by id')).toEqual([{ id: 1, author_id: null }, { id: 2, author_id: 1 }]);
      await q('delete from task_comments where id = 1');
      expect(await q('select count(*)::int as n from task_comments')).toEqual([{ n: 0 }]);
    })).toBeUndefined();
    // Logged hours outlive the person who logged them: they still add up to the task's actual hours.
    expect(await inFixture(`insert into time_entries (task_id, user_id, started_at, ended_at, duration_minutes)
      values (1, 2, '2026-01-05 09:00+11', '2026-01-05 10:30+11', 90); delete from users where id = 2`, async (q) => {
      expect(await q('select user_id, duration_minutes from time_entries')).toEqual([{ user_id: null, duration_minutes: 90 }]);
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
