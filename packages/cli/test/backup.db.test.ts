import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_TABLE } from '@navimpact/schema';
import { resolveSeedOptions } from '@navimpact/seeds';
import { databaseName, withClient } from '@navimpact/server';
import { databaseFingerprint, testServers, withScratchDatabase } from '@navimpact/server/testing';
import { freshDatabase } from '../src/index.ts';
import { cli, query } from './_cli.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-cli-backup-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const BIN = resolve(import.meta.dirname, '../bin/navimpact.js');
let counter = 0;
const fileName = () => join(dir, `b${++counter}.navimpact-backup`);

const scratch = <T>(server: string, fn: (url: string) => Promise<T>) => withScratchDatabase(server, fn, 'navimpact_cli_backup');
const sql = (url: string, text: string) => withClient(url, (client) => client.query(text));
const sideDatabases = (server: string, url: string) =>
  query(server, "select datname from pg_database where datname like $1 || '\\_\\_%'", [new URL(url).pathname.slice(1)]);

// stderr without the progress lines a slow machine may print (every 15 s when not a terminal).
const errors = (result: { err: string[] }) => result.err.filter((line) => !/^ {2}(backed up|restored) [\d,]+ rows/.test(line));

// A small database that is not empty: what the refusals must leave exactly as it was.
async function occupied(url: string): Promise<void> {
  await sql(url, "create table keep (id int primary key, note text); insert into keep values (1, 'precious'); comment on table keep is 'mine'");
}

// restore writes its own record (made how: restore) into what it restores, so the record table is
// compared by its row count here, and read on its own.
async function fingerprint(url: string): ReturnType<typeof databaseFingerprint> {
  const found = await databaseFingerprint(url);
  const record = found.tables[`public.${RECORD_TABLE}`];
  if (record) found.tables[`public.${RECORD_TABLE}`] = { ...record, md5: 'the record' };
  return found;
}

describe.each(servers)('backup and restore on $label', (server) => {
  it('round-trips a seeded demo database: rows, sequences, the migrations table, comments', async () => {
    await scratch(server.url, async (source) => {
      await freshDatabase(source, resolveSeedOptions({ preset: 'demo' }));
      // A sequence ahead of the rows and two comments: restore must keep them as they are, not re-derive them.
      await sql(source, "select nextval(pg_get_serial_sequence('grants', 'id')); comment on table grants is 'Open funding'; comment on column grants.title is 'As published'");
      const before = await fingerprint(source);
      const file = fileName();
      const backup = await cli(['backup', '--output', file], { DATABASE_URL: source });
      expect(errors(backup)).toEqual([]);
      expect(backup.code).toBe(0);
      expect(backup.out).toContain(file);
      const again = await cli(['backup', '--output', file], { DATABASE_URL: source });
      expect(again.code).toBe(1);
      expect(again.err[0]).toBe(`error: ${file} already exists.`);

      const verify = await cli(['backup', '--verify', file]);
      expect(verify.code).toBe(0);
      expect(verify.out[0]).toBe(`${file}: OK`);
      expect(verify.out.join('\n')).toMatch(/2 migration\(s\), last Migration\d+_grant_finder_deadline_order/);

      await scratch(server.url, async (target) => {
        const restore = await cli(['restore', file], { DATABASE_URL: target });
        expect(errors(restore)).toEqual([]);
        expect(restore.code).toBe(0);
        expect(await fingerprint(target)).toEqual(before);
        expect(await query(target, `select value from ${RECORD_TABLE} where key = 'made_how'`)).toEqual([{ value: 'restore' }]);
        expect(before.tables['public.mikro_orm_migrations']?.rows).toBe(2);
        expect(before.schema.comments).toContain('pg_class 0 Open funding');
        expect(await sideDatabases(server.url, target)).toEqual([]);
      });

      // Over a database with data: refused without --force, replaced with it (sessions open or not).
      await sql(source, "delete from grant_tags; insert into tags (name, slug) values ('x', 'x')");
      const changed = await fingerprint(source);
      const refused = await cli(['restore', file], { DATABASE_URL: source });
      expect(refused.code).toBe(1);
      expect(refused.err[0]).toMatch(/^error: Refusing to restore over "navimpact_cli_backup_\w+": it exists and holds \d+ table\(s\)\.$/);
      expect(await fingerprint(source)).toEqual(changed);
      const forced = await cli(['restore', file, '--force'], { DATABASE_URL: source });
      expect(errors(forced)).toEqual([]);
      expect(await fingerprint(source)).toEqual(before);
    });
  });

  it('refuses to restore over a database recorded as production, even with --force, and leaves it as it was', async () => {
    await scratch(server.url, async (source) => {
      await occupied(source);
      const file = fileName();
      expect((await cli(['backup', '--output', file], { DATABASE_URL: source })).code).toBe(0);
      expect((await cli(['env:set', 'production'], { DATABASE_URL: source })).code).toBe(0);
      const before = await databaseFingerprint(source);
      const refused = await cli(['restore', file, '--force'], { DATABASE_URL: source });
      expect(refused.code).toBe(1);
      expect(refused.err[0]).toBe(`error: Refusing to run \`restore\` on ${databaseName(source)}: its NavImpact record says it is the production environment.`);
      expect(await databaseFingerprint(source)).toEqual(before);
      const allowed = await cli(['restore', file, '--force', '--force-production'], { DATABASE_URL: source });
      expect(errors(allowed)).toEqual([]);
      expect(await query(source, `select value from ${RECORD_TABLE} where key = 'environment'`)).toEqual([{ value: 'production' }]);
    });
  });

  it('refuses a damaged file, a cut-short one, and one with migrations the code lacks; the target is untouched', async () => {
    await scratch(server.url, async (source) => {
      await freshDatabase(source, resolveSeedOptions({ preset: 'minimal' }));
      const good = fileName();
      expect((await cli(['backup', '--output', good], { DATABASE_URL: source })).code).toBe(0);
      const bytes = await readFile(good);
      const cut = fileName();
      await writeFile(cut, bytes);
      await truncate(cut, Math.floor(bytes.length * 0.6));
      const flipped = fileName();
      const damaged = Buffer.from(bytes);
      damaged[Math.floor(bytes.length * 0.6)]! ^= 0x55;
      await writeFile(flipped, damaged);
      await sql(source, "insert into mikro_orm_migrations (name, executed_at) values ('Migration29990101000000_from_the_future', now())");
      const newer = fileName();
      expect((await cli(['backup', '--output', newer], { DATABASE_URL: source })).code).toBe(0);

      await scratch(server.url, async (target) => {
        await occupied(target);
        const before = await fingerprint(target);
        for (const [file, message] of [
          [cut, /^error: The backup file .* is unusable: .*\.$/],
          [flipped, /^error: The backup file .* is unusable: .*\.$/],
          [newer, /^error: Refusing to restore .*: it comes from a database with 1 migration\(s\) this code does not have \(Migration29990101000000_from_the_future\)\.$/],
        ] as const) {
          const result = await cli(['restore', file, '--force'], { DATABASE_URL: target });
          expect(result.code).toBe(1);
          expect(result.err[0]).toMatch(message);
          expect(result.err[1]).toMatch(/^hint: /);
          expect(await fingerprint(target)).toEqual(before);
          expect(await sideDatabases(server.url, target)).toEqual([]);
        }
        for (const file of [cut, flipped]) {
          const verify = await cli(['backup', '--verify', file]);
          expect(verify.code).toBe(1);
          expect(verify.err[0]).toMatch(/^error: The backup file .* is unusable: /);
        }
        const missing = await cli(['restore'], { DATABASE_URL: target });
        expect(missing).toMatchObject({ code: 2, err: ['error: restore needs the backup file: navimpact restore <file>. Run `navimpact restore --help`.'] });
      });
    });
  });
});

describe('a killed restore', () => {
  const server = servers[0]!;

  it('leaves the target as it was, and the next restore cleans up after it', async () => {
    await scratch(server.url, async (source) => {
      await freshDatabase(source, resolveSeedOptions({ preset: 'demo', scale: 3 }));
      const file = fileName();
      expect((await cli(['backup', '--output', file], { DATABASE_URL: source })).code).toBe(0);
      const expected = await fingerprint(source);
      await scratch(server.url, async (target) => {
        await occupied(target);
        const before = await fingerprint(target);
        const child = spawn(process.execPath, [BIN, 'restore', file, '--force'], { env: { PATH: process.env.PATH, DATABASE_URL: target }, stdio: 'ignore' });
        const exited = new Promise((done) => child.on('exit', done));
        // Killed once it is loading into the side database, as a Ctrl-C or an OOM kill would.
        let loading = false;
        for (let i = 0; i < 2000 && !loading; i++) {
          loading = (await sideDatabases(server.url, target)).length > 0;
          if (!loading) await new Promise((r) => setTimeout(r, 5));
        }
        child.kill('SIGKILL');
        expect(loading).toBe(true);
        await exited;
        expect(await fingerprint(target)).toEqual(before);
        const rerun = await cli(['restore', file, '--force'], { DATABASE_URL: target });
        expect(errors(rerun)).toEqual([]);
        expect(await fingerprint(target)).toEqual(expected);
        expect(await sideDatabases(server.url, target)).toEqual([]);
      });
    });
  });
});

describe('backup files', () => {
  it('are never left half-written under their name', async () => {
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.partial'))).toEqual([]);
    for (const name of names) expect((await stat(join(dir, name))).size).toBeGreaterThan(0);
  });
});
