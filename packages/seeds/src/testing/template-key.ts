import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SeedOptions } from '../options.ts';

/** Bumped when the way a template is built changes, so old templates are not reused. */
const TEMPLATE_FORMAT = 1;

// packages/seeds/src: the seed code. Its testing/ folder only builds and hands out databases.
const SEED_SOURCE_DIR = path.resolve(import.meta.dirname, '..');
const TESTING_FOLDER = path.basename(import.meta.dirname);

/** What decides a template's content. */
export interface TemplateKeyInput {
  seed: SeedOptions;
  migrationsDir: string;
  /** Defaults to packages/seeds/src without src/testing. */
  seedSourceDir?: string;
}

/** A template's identity: its database name and the full digest recorded in its completion marker. */
export interface TemplateKey {
  name: string;
  /** The first half of the short hash: migrations and seed code. Templates of other code are stale. */
  codeHash: string;
  digest: string;
}

/** Database names: one namespace per family of runs, `navimpact` unless a test isolates itself. */
export function templateName(namespace: string, codeHash: string, optionsHash: string): string {
  return `${namespace}_tpl_${codeHash}${optionsHash}`;
}

/**
 * Hashes everything that decides a template's content: the migration files, the seed code and the
 * seed options. The same inputs give the same name on any machine; a changed file gives a new one.
 */
export async function templateKey(namespace: string, input: TemplateKeyInput): Promise<TemplateKey> {
  const code = createHash('sha256').update(`format ${TEMPLATE_FORMAT}\0`);
  await hashTree(code, 'migrations', input.migrationsDir, () => false);
  await hashTree(code, 'seeds', input.seedSourceDir ?? SEED_SOURCE_DIR, (relative) => relative.startsWith(`${TESTING_FOLDER}/`));
  const codeDigest = code.digest('hex');
  const { preset, seed, date, scale } = input.seed;
  const options = JSON.stringify({ preset, seed, date, scale });
  const optionsDigest = createHash('sha256').update(options).digest('hex');
  const digest = createHash('sha256').update(`${codeDigest}\0${optionsDigest}`).digest('hex');
  const codeHash = codeDigest.slice(0, 8);
  return { name: templateName(namespace, codeHash, optionsDigest.slice(0, 8)), codeHash, digest };
}

async function hashTree(
  hash: ReturnType<typeof createHash>,
  label: string,
  root: string,
  skip: (relative: string) => boolean,
): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // Relative paths with forward slashes, so a checkout on another OS or in another folder hashes the same.
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => !skip(relative) && !relative.split('/').includes('node_modules'))
    .sort();
  const contents = await Promise.all(files.map((relative) => readFile(path.join(root, relative))));
  files.forEach((relative, i) => hash.update(`${label}/${relative}\0`).update(contents[i]!).update('\0'));
}
