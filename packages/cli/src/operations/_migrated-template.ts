import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { LOCKS, MIGRATIONS_DIR, migrateUp } from '@navimpact/schema';
import { withDatabase } from '@navimpact/server';
import { withOrm } from './_connections.ts';

/** The names of the server's migrated templates: this prefix and a hash of the migration files. */
export const MIGRATED_TEMPLATE_PREFIX = 'navimpact_migrated_';

// The lock's key within its class: one lock for the whole server.
const LOCK = [LOCKS.migratedTemplate, 0];
// Written on a template as the last step of its build, with the migrations it holds (so a copy
// need not be asked): a template without it is half-built.
const COMPLETE = 'navimpact: every migration applied, nothing else; fresh copies it. Migrations: ';

/** A database created migrated: the migrations it holds, and whether its template had to be built first. */
export interface MigratedCopy {
  applied: string[];
  template: string;
  built: boolean;
}

/**
 * Creates `database` as a copy of the server's migrated template: an empty database with every
 * migration applied, named after a hash of the migration files and kept between runs, so that a
 * rebuild copies the schema (a few hundred ms less than starting the ORM and running the DDL). The
 * template is built the first time (or after a migration changed), the templates of other
 * migrations are dropped. All under a server-wide advisory lock on `admin`'s session, so
 * concurrent runs build a template once and never copy one being dropped.
 */
export async function createMigrated(admin: pg.Client, url: string, database: string): Promise<MigratedCopy> {
  const template = `${MIGRATED_TEMPLATE_PREFIX}${await migrationsHash()}`;
  await admin.query('select pg_advisory_lock($1, $2)', LOCK);
  try {
    const { rows } = await admin.query<{ name: string; mark: string | null }>(
      `select datname as name, shobj_description(oid, 'pg_database') as mark from pg_database where datname like $1`,
      [`${MIGRATED_TEMPLATE_PREFIX.replaceAll('_', '\\_')}%`],
    );
    const ready = rows.find((r) => r.name === template && r.mark?.startsWith(COMPLETE));
    for (const { name } of rows.filter((r) => r !== ready)) await drop(admin, name);
    const applied = ready ? ready.mark!.slice(COMPLETE.length).split(',').filter(Boolean) : await buildTemplate(admin, url, template);
    await admin.query(`create database ${pg.escapeIdentifier(database)} template ${pg.escapeIdentifier(template)}`);
    return { applied, template, built: !ready };
  } finally {
    await admin.query('select pg_advisory_unlock($1, $2)', LOCK).catch(() => {});
  }
}

// Migrates a new database under the template's name and marks it complete; a failed build is dropped.
async function buildTemplate(admin: pg.Client, url: string, template: string): Promise<string[]> {
  await admin.query(`create database ${pg.escapeIdentifier(template)}`);
  try {
    const { applied } = await withOrm(withDatabase(url, template), migrateUp);
    await admin.query(`comment on database ${pg.escapeIdentifier(template)} is ${pg.escapeLiteral(COMPLETE + applied.join(','))}`);
    return applied;
  } catch (error) {
    await drop(admin, template).catch(() => {});
    throw error;
  }
}

async function drop(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
}

// The migration files' names and contents: a changed or added migration gives another template.
async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  for (const file of files) hash.update(`${file}\0`).update(await readFile(path.join(MIGRATIONS_DIR, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
