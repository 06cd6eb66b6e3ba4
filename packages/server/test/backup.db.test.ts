import { mkdtemp, rm, stat, truncate, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DbError, loadBackup, readBackup, readBackupHeader, withClient, writeBackup } from '../src/index.ts';
import { databaseFingerprint, testServers, withScratchDatabase } from '../src/testing.ts';
import { LEGACY_SCHEMA } from './_legacy-schema.ts';

const servers = await testServers();
const dir = await mkdtemp(join(tmpdir(), 'navimpact-backup-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function legacyBackup(serverUrl: string, file: string) {
  return withScratchDatabase(serverUrl, async (url) => {
    await withClient(url, (client) => client.query(LEGACY_SCHEMA));
    const summary = await writeBackup(url, file);
    return { summary, fingerprint: await databaseFingerprint(url) };
  }, 'navimpact_backup_test');
}

describe.each(servers)('backup and load on $label', (server) => {
  it('round-trips a legacy-style schema losslessly: rows, sequences, keys, indexes, views, comments', async () => {
    const file = join(dir, `legacy-${server.url.length}-${Date.now()}.navimpact-backup`);
    const { summary, fingerprint } = await legacyBackup(server.url, file);
    expect(summary.header.migrations).toBeNull();
    expect(summary.trailer.tables.find((t) => t.name === 'grants')?.rows).toBe(3000);
    await withScratchDatabase(server.url, async (url) => {
      await loadBackup(file, url);
      const restored = await databaseFingerprint(url);
      expect(restored).toEqual(fingerprint);
      // The sequences continue where they were: the next ids are the ones the source would have given.
      const next = await withClient(url, async (client) => (await client.query(
        "select nextval('legacy_counter')::int as counter, nextval('grants_id_seq')::int as grants")).rows[0]);
      expect(next).toEqual({ counter: 110, grants: 3001 });
    }, 'navimpact_backup_test');
  });

  it('verifies a good file, and rejects a damaged or cut-short one in one sentence', async () => {
    const file = join(dir, `verify-${server.url.length}-${Date.now()}.navimpact-backup`);
    await legacyBackup(server.url, file);
    const { header, trailer } = await readBackup(file);
    expect(header.tables.map((t) => `${t.schema}.${t.name}`)).toContain('archive.old_grants');
    expect((await readBackupHeader(file)).server.versionNum).toBe(header.server.versionNum);
    expect(trailer.rows).toBeGreaterThan(3000);

    const size = (await stat(file)).size;
    const cut = `${file}.cut`;
    await writeFile(cut, await readFile(file));
    await truncate(cut, Math.floor(size / 2));
    await expect(readBackup(cut)).rejects.toMatchObject({ code: 'BAD_BACKUP' });

    const flipped = `${file}.flipped`;
    const bytes = await readFile(file);
    bytes[Math.floor(size / 2)]! ^= 0xff;
    await writeFile(flipped, bytes);
    await expect(readBackup(flipped)).rejects.toBeInstanceOf(DbError);

    const foreign = `${file}.txt`;
    await writeFile(foreign, 'hello');
    await expect(readBackup(foreign)).rejects.toThrow(/not a navimpact backup/);
  });
});

describe('objects a backup cannot recreate', () => {
  it('are refused by name, and no file is left behind', async () => {
    await withScratchDatabase(servers[0]!.url, async (url) => {
      await withClient(url, (client) => client.query(
        "create table events (at date) partition by range (at); create table events_2026 partition of events for values from ('2026-01-01') to ('2027-01-01')"));
      const file = join(dir, 'refused.navimpact-backup');
      await expect(writeBackup(url, file)).rejects.toMatchObject({
        code: 'UNSUPPORTED_OBJECT',
        message: 'The database has objects this backup cannot reproduce yet: partitioned table public.events, partitioned table public.events_2026.',
      });
      await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    }, 'navimpact_backup_test');
  });
});

describe.runIf(servers.length > 1)('across major versions', () => {
  it('a backup from one server loads into the other, rows and schema equal (views differ only in how each version prints them)', async () => {
    for (const [from, to] of [[servers[1]!, servers[0]!], [servers[0]!, servers[1]!]] as const) {
      const file = join(dir, `cross-${from.label.length}-${Date.now()}.navimpact-backup`);
      const { fingerprint } = await legacyBackup(from.url, file);
      await withScratchDatabase(to.url, async (url) => {
        await loadBackup(file, url);
        const restored = await databaseFingerprint(url);
        expect(restored.tables).toEqual(fingerprint.tables);
        expect({ ...restored.schema, views: [] }).toEqual({ ...fingerprint.schema, views: [] });
        expect(restored.schema.views).toHaveLength(fingerprint.schema.views!.length);
      }, 'navimpact_backup_test');
    }
  });
});
