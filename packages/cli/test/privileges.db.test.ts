import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDatabase, withDatabase } from '@navimpact/server';
import { query } from './_cli.ts';
import { cli } from './_cli.ts';

// A role that may read but not change the schema needs a server where we may create roles: the
// machine's own PostgreSQL (trust, superuser `postgres`), or NAVIMPACT_SECOND_PG_URL.
const ADMIN = process.env.NAVIMPACT_SECOND_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const available = await probeDatabase(ADMIN).then(() => true, () => false);
const suffix = randomBytes(4).toString('hex');
const DB = `navimpact_cli_ro_${suffix}`;
const ROLE = `navimpact_cli_ro_${suffix}`;
const ownerUrl = withDatabase(ADMIN, DB);
const readOnlyUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = ROLE;
  url.password = '';
  return url.toString();
})();

describe.skipIf(!available)('a role that may only read', () => {
  beforeAll(async () => {
    await query(ADMIN, `create database ${DB}`);
    await query(ADMIN, `create role ${ROLE} login`);
    expect((await cli(['migrate'], { DATABASE_URL: ownerUrl })).code).toBe(0);
    await query(ownerUrl, `grant usage on schema public to ${ROLE}; grant select on all tables in schema public to ${ROLE}`);
  });

  afterAll(async () => {
    await query(ADMIN, `drop database if exists ${DB} with (force)`);
    await query(ADMIN, `drop role if exists ${ROLE}`);
  });

  it('`check` says the schema could not be compared, instead of reporting drift that is not there', async () => {
    const { code, out } = await cli(['check'], { DATABASE_URL: readOnlyUrl });
    expect(code).toBe(1);
    expect(out).toContain('✓ migrations: all applied');
    const schema = out.find((line) => line.includes(' schema: '));
    expect(schema).toMatch(/^– schema: not compared: the role navimpact_cli_ro_\w+ may not change \d+ tables, and PostgreSQL hides their constraints from it$/);
    expect(out.some((line) => line.includes('add constraint'))).toBe(false);
  });

  it('`rollback` says the role may not change the schema, not "fix the migration"', async () => {
    const { code, err } = await cli(['rollback'], { DATABASE_URL: readOnlyUrl });
    expect(code).toBe(1);
    expect(err[1]).toMatch(/^hint: The role in DATABASE_URL may not change the schema/);
  });

  it('`seed` names the missing privilege in a sentence', async () => {
    const { code, err } = await cli(['seed', '--preset', 'minimal'], { DATABASE_URL: readOnlyUrl });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^error: The role in DATABASE_URL lacks a privilege this command needs: permission denied for table \w+\.$/);
    expect(err[1]).toMatch(/^hint: /);
  });
});
