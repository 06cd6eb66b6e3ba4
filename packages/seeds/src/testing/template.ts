import { createHash } from 'node:crypto';
import type pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { LOCKS, MIGRATIONS_DIR, createConfig, migrateUp, writeDatabaseRecord } from '@navimpact/schema';
import { withClient, withDatabase } from '@navimpact/server';
import { seedDatabase } from '../seed.ts';
import type { SeedOptions } from '../options.ts';
import { DEFAULT_NAMESPACE, assertNamespace, connectAdmin, dropIfExists, ident, listDatabases, writeMarker } from './_catalog.ts';
import { templateKey, type TemplateKey } from './template-key.ts';

/** Fills a freshly migrated database; `seedDatabase` unless a caller brings its own fixtures. */
export type Populate = (url: string, seed: SeedOptions) => Promise<unknown>;

/** How `CREATE DATABASE … TEMPLATE` should copy: FILE_COPY checkpoints, cheap only with fsync off. */
export type CloneStrategy = 'file_copy' | 'wal_log' | null;

/** What a template is built from. */
export interface TemplateOptions {
  seed: SeedOptions;
  /** Separates families of templates and test databases on one server; `navimpact` by default. */
  namespace?: string;
  /** The migrations to apply; MIGRATIONS_DIR by default. */
  migrationsDir?: string;
  /** The seed code hashed into the key; packages/seeds/src by default. */
  seedSourceDir?: string;
  populate?: Populate;
  /** This template's key when the caller computed it already (templateKey), say while connecting. */
  key?: TemplateKey;
}

/** The ready template and whether this call had to build it. */
export interface TemplateReport {
  name: string;
  oid: number;
  built: boolean;
  /** Templates of older migrations or seed code that this call dropped. */
  dropped: string[];
  cloneStrategy: CloneStrategy;
  ms: number;
}


/**
 * Returns the template database for these inputs, building it first when no complete one exists.
 * Runs under an advisory lock, so concurrent test runs build it once; a template only gets its
 * final name, together with its completion marker, in the transaction that ends a successful build.
 * Given the caller's `admin` client, that session also takes a shared lease on the template, held
 * until it ends: a run on newer code then leaves the template alone while this run clones from it.
 *
 * @example
 * const { name } = await ensureTemplate(serverUrl, { seed: resolveSeedOptions({ preset: 'minimal' }) });
 */
export async function ensureTemplate(serverUrl: string, options: TemplateOptions, admin?: pg.Client): Promise<TemplateReport> {
  const startedAt = performance.now();
  const namespace = assertNamespace(options.namespace ?? DEFAULT_NAMESPACE);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const [key, client] = await Promise.all([
    options.key ?? templateKey(namespace, { seed: options.seed, migrationsDir, seedSourceDir: options.seedSourceDir }),
    admin ?? connectAdmin(serverUrl),
  ]);
  const lock = [LOCKS.templateBuild, namespaceLockKey(namespace)];
  try {
    // Session-level: released when this client ends, also when the process dies mid-build.
    await client.query('select pg_advisory_lock($1, $2)', lock);
    const [existing] = await listDatabases(client, `^${key.name}$`);
    const complete = existing?.marker?.kind === 'template' && existing.marker.digest === key.digest;
    if (existing && !complete) await dropIfExists(client, key.name, { force: true });
    if (!complete) await build(client, serverUrl, key, { ...options, migrationsDir });
    const dropped = await dropStale(client, namespace, key);
    const [ready] = complete ? [existing] : await listDatabases(client, `^${key.name}$`);
    if (!ready) throw new Error(`Template ${key.name} vanished while it was being handed out.`);
    if (admin) await client.query('select pg_advisory_lock_shared($1, $2)', leaseKey(key.name));
    const ms = Math.round(performance.now() - startedAt);
    return { name: key.name, oid: ready.oid, built: !complete, dropped, cloneStrategy: await cloneStrategy(client), ms };
  } finally {
    if (admin) await client.query('select pg_advisory_unlock($1, $2)', lock).catch(() => {});
    else await client.end().catch(() => {});
  }
}

async function build(client: pg.Client, serverUrl: string, key: TemplateKey, options: TemplateOptions & { migrationsDir: string }): Promise<void> {
  // Built under another name: a crash or a failure at any point never leaves a database under the final name.
  const buildName = key.name.replace('_tpl_', '_tplbuild_');
  await dropIfExists(client, buildName, { force: true });
  await client.query(`create database ${ident(buildName)}`);
  try {
    const url = withDatabase(serverUrl, buildName);
    const orm = await MikroORM.init(createConfig({ url, migrationsDir: options.migrationsDir, poolMax: 2 }));
    try {
      await migrateUp(orm);
    } finally {
      await orm.close(true);
    }
    await (options.populate ?? seedDatabase)(url, options.seed);
    // Every clone inherits it: a test database says it is one, and destructive commands know it is ours.
    await withClient(url, (db) => writeDatabaseRecord(db, { environment: 'test', how: 'test' }));
    await client.query('begin');
    await writeMarker(client, buildName, { kind: 'template', digest: key.digest, seed: options.seed });
    await client.query(`alter database ${ident(buildName)} rename to ${ident(key.name)}`);
    // Nobody may connect to it: one idle session would make every clone fail.
    await client.query(`alter database ${ident(key.name)} with is_template true allow_connections false`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    await dropIfExists(client, buildName, { force: true }).catch(() => {});
    throw error;
  }
}

// Templates of other migrations or seed code are stale; those of the same code with other seed
// options are siblings another test project on this server may be using right now, and stay.
// A stale template still leased by a running test run stays too, until a later run finds it free.
async function dropStale(client: pg.Client, namespace: string, key: TemplateKey): Promise<string[]> {
  const candidates = await listDatabases(client, `^${namespace}_tpl(build)?_[0-9a-f]{16}$`);
  const stale = candidates.filter((db) => db.name.includes('_tplbuild_') || !db.name.startsWith(`${namespace}_tpl_${key.codeHash}`));
  const dropped: string[] = [];
  for (const db of stale) {
    const lease = leaseKey(db.name);
    const { rows } = await client.query<{ free: boolean }>('select pg_try_advisory_lock($1, $2) as free', lease);
    if (!rows[0]!.free) continue;
    try {
      await dropIfExists(client, db.name, { force: true });
      dropped.push(db.name);
    } finally {
      await client.query('select pg_advisory_unlock($1, $2)', lease);
    }
  }
  return dropped;
}

function leaseKey(templateName: string): [number, number] {
  // A run holds its template's lease shared; a dropper tries it exclusive.
  return [LOCKS.templateLease, createHash('sha256').update(templateName).digest().readInt32BE(0)];
}

async function cloneStrategy(client: pg.Client): Promise<CloneStrategy> {
  const { rows } = await client.query<{ version: number; fsync: string }>(
    `select current_setting('server_version_num')::int as version, current_setting('fsync') as fsync`,
  );
  const { version, fsync } = rows[0]!;
  // Before PostgreSQL 15 there is only FILE_COPY, and the STRATEGY keyword does not exist.
  if (version < 150000) return null;
  return fsync === 'off' ? 'file_copy' : 'wal_log';
}

function namespaceLockKey(namespace: string): number {
  return createHash('sha256').update(namespace).digest().readInt32BE(0);
}
