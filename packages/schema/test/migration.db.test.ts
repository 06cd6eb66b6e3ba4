import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MIGRATIONS_TABLE, MigrationError, createOrm, migrateDown, migrateUp, schemaDrift } from '../src/index.ts';
import { databaseName } from '@navimpact/server';
import { queryRows, testServers, userTables, withScratchDatabase } from '@navimpact/server/testing';

const servers = await testServers();
// The consolidated migration first, then whatever later migrations the schema has grown.
const MIGRATIONS = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

// A copy of the migrations in which the consolidated one fails after creating half the schema.
async function brokenMigrationsDir(): Promise<string> {
  // Inside the package (outside node_modules, where Node will not strip types) so the copy still resolves @mikro-orm/migrations.
  const cache = join(import.meta.dirname, '../.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'broken-migrations-'));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  const [file] = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
  const path = join(dir, file!);
  const source = await readFile(path, 'utf8');
  const poisoned = source.replace('this.addSql(`create table "grants"', 'this.addSql(`select 1 / 0;`);\n    this.addSql(`create table "grants"');
  expect(poisoned).not.toBe(source);
  await writeFile(path, poisoned);
  return dir;
}

describe.each(servers)('the consolidated migration on $label', (server) => {
  it('creates every table, after which the entities and the database agree', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const orm = await createOrm({ url });
      try {
        const report = await migrateUp(orm);
        expect(report.applied).toEqual(MIGRATIONS);
        expect(MIGRATIONS[0]).toMatch(/_v2_consolidated_schema$/);
        const expected = [...orm.getMetadata().getAll().values()].map((meta) => meta.tableName).sort();
        expect(await userTables(url, [MIGRATIONS_TABLE])).toEqual(expected);
        const drift = await schemaDrift(orm);
        expect(
          drift,
          `The entities differ from the migrations. Generate the missing migration with \`npx navimpact migration:create --name <what-changed>\`; it needs:\n${drift}`,
        ).toBe('');
      } finally {
        await orm.close();
      }
    });
  });

  it('runs for a database owner who is no superuser, pg_trgm included (a trusted extension)', async () => {
    const migrateAs = async (url: string, ownerUrl: string) => {
      const orm = await createOrm({ url: ownerUrl });
      try {
        expect((await migrateUp(orm)).applied).toEqual(MIGRATIONS);
      } finally {
        await orm.close();
      }
      expect(await queryRows(url, `select extname from pg_extension where extname = 'pg_trgm'`)).toHaveLength(1);
    };
    const [me] = await queryRows<{ rolsuper: boolean }>(server.url, 'select rolsuper from pg_roles where rolname = current_user');
    // The embedded server's own role is already such an owner (CREATEDB, no superuser) and the only
    // role it admits: the scratch database it creates is its own.
    if (me?.rolsuper === false) return withScratchDatabase(server.url, (url) => migrateAs(url, url));
    const role = `navimpact_owner_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await queryRows(server.url, `create role ${role} login nosuperuser nocreatedb nocreaterole password '${password}'`);
    try {
      await withScratchDatabase(server.url, async (url) => {
        await queryRows(server.url, `alter database ${databaseName(url)} owner to ${role}`);
        const asOwner = new URL(url);
        asOwner.username = role;
        asOwner.password = password;
        await migrateAs(url, asOwner.toString());
      });
    } finally {
      await queryRows(server.url, `drop role if exists ${role}`);
    }
  });

  it('rolls back to an empty database', async () => {
    await withScratchDatabase(server.url, async (url) => {
      const orm = await createOrm({ url });
      try {
        await migrateUp(orm);
        const report = await migrateDown(orm, { all: true });
        expect(report.applied).toEqual(MIGRATIONS.toReversed());
        expect(await userTables(url, [MIGRATIONS_TABLE])).toEqual([]);
        expect(await migrateUp(orm)).toEqual({ applied: MIGRATIONS });
      } finally {
        await orm.close();
      }
    });
  });

  it('runs in one transaction: a failure halfway leaves nothing behind', async () => {
    const migrationsDir = await brokenMigrationsDir();
    try {
      await withScratchDatabase(server.url, async (url) => {
        const orm = await createOrm({ url, migrationsDir });
        try {
          const failure = await migrateUp(orm).catch((e: unknown) => e);
          expect(failure).toBeInstanceOf(MigrationError);
          expect(failure).toMatchObject({ code: 'MIGRATION_FAILED' });
          expect((failure as MigrationError).message).toContain('v2_consolidated_schema');
          expect((failure as MigrationError).cause).toMatchObject({ code: '22012' });
          expect(await userTables(url, [MIGRATIONS_TABLE])).toEqual([]);
        } finally {
          await orm.close();
        }
      });
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});
