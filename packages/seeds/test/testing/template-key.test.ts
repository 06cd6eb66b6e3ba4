import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '@navimpact/schema';
import { resolveSeedOptions } from '../../src/options.ts';
import { templateKey } from '../../src/testing/index.ts';

const SEED = resolveSeedOptions({ preset: 'minimal', seed: 42, date: '2026-07-01' });
const CACHE = join(import.meta.dirname, '../../.cache');

describe('the template key', () => {
  let seedSourceDir: string;
  const key = (seed = SEED, dir = seedSourceDir) => templateKey('navimpact', { seed, migrationsDir: MIGRATIONS_DIR, seedSourceDir: dir });

  beforeAll(async () => {
    await mkdir(CACHE, { recursive: true });
    seedSourceDir = await mkdtemp(join(CACHE, 'seed-source-'));
    await mkdir(join(seedSourceDir, 'generators'));
    await writeFile(join(seedSourceDir, 'generators', 'users.generator.ts'), 'export const USERS = 6;\n');
  });
  afterAll(() => rm(seedSourceDir, { recursive: true, force: true }));

  it('is a short hash in the template name, the same for the same inputs', async () => {
    const first = await key();
    expect(first.name).toMatch(/^navimpact_tpl_[0-9a-f]{16}$/);
    expect(first.name.length).toBeLessThanOrEqual(63);
    expect(await key()).toEqual(first);
  });

  it('changes its code half when a seed file changes, and only its options half when an option does', async () => {
    const before = await key();
    await writeFile(join(seedSourceDir, 'generators', 'users.generator.ts'), 'export const USERS = 7;\n');
    const edited = await key();
    expect(edited.codeHash).not.toBe(before.codeHash);
    for (const seed of [{ ...SEED, seed: 43 }, { ...SEED, date: '2026-07-02' }, { ...SEED, scale: 2 }, { ...SEED, preset: 'demo' as const }]) {
      const other = await key(seed);
      expect(other.codeHash).toBe(edited.codeHash);
      expect(other.name).not.toBe(edited.name);
    }
  });

  it('changes from day to day when no date is pinned, so a template built yesterday is not reused today', async () => {
    const monday = resolveSeedOptions({ preset: 'minimal' }, new Date('2031-02-03T12:00:00Z'));
    const tuesday = resolveSeedOptions({ preset: 'minimal' }, new Date('2031-02-04T12:00:00Z'));
    expect((await key(monday)).name).not.toBe((await key(tuesday)).name);
  });

  it('ignores the test-database helper, which decides nothing in the data', async () => {
    const before = await key();
    await mkdir(join(seedSourceDir, 'testing'), { recursive: true });
    await writeFile(join(seedSourceDir, 'testing', 'template.ts'), 'export {};\n');
    expect(await key()).toEqual(before);
  });
});
