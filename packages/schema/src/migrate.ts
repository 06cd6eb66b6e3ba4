import type { MikroORM } from '@mikro-orm/postgresql';
import type { MigrateOptions, MigrationInfo } from '@mikro-orm/core';
import { MigrationError } from './errors.ts';
import { LOCKS } from './locks.ts';


/** The names of the migrations applied by one call. */
export interface MigrationReport {
  applied: string[];
}

/**
 * Applies every pending migration in one transaction, under an advisory lock so two processes
 * (two CI jobs, two developers' terminals) never migrate the same database at once.
 */
export async function migrateUp(orm: MikroORM): Promise<MigrationReport> {
  return runLocked(orm, (migrator, transaction) => migrator.up({ transaction }));
}

/** Reverts the last applied migration, or every one with `all`, in one locked transaction. */
export async function migrateDown(orm: MikroORM, options: { all?: boolean } = {}): Promise<MigrationReport> {
  return runLocked(orm, (migrator, transaction) =>
    migrator.down(options.all ? { to: 0, transaction } : { transaction }),
  );
}

/** The migrations on disk that the database has not applied yet. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getPending()).map((m) => m.name);
}

/** The migrations the database has applied, oldest first. */
export async function executedMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getExecuted()).map((m) => m.name);
}

type Run = (
  migrator: MikroORM['migrator'],
  transaction: NonNullable<MigrateOptions['transaction']>,
) => Promise<MigrationInfo[]>;

async function runLocked(orm: MikroORM, run: Run): Promise<MigrationReport> {
  const connection = orm.em.getConnection();
  let current = 'the migration run';
  const migrator = orm.migrator;
  const track = ({ name }: MigrationInfo) => void (current = name);
  migrator.on('migrating', track);
  migrator.on('reverting', track);
  try {
    const done = await connection.transactional(async (trx) => {
      await connection.execute('select pg_advisory_xact_lock(?)', [LOCKS.migrations], 'run', trx);
      return run(migrator, trx);
    });
    return { applied: done.map((m) => m.name) };
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw MigrationError.migrationFailed(current, error);
  } finally {
    migrator.off('migrating', track);
    migrator.off('reverting', track);
  }
}
