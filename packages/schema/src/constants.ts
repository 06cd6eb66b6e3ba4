import { resolve } from 'node:path';

// Plain values with no ORM behind them, under their own subpath (`@navimpact/schema/constants`),
// so commands that only need a name or a folder (backup, restore) start without loading MikroORM.

/** Where the migrations live; resolved from this file, never from the working directory. */
export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../migrations');

/** The table that records applied migrations. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * The schema of an adopted database that keeps the legacy rows verbatim and the adoption's ledger:
 * not the entities' business, so the drift check and migration:create leave it alone.
 */
export const LEGACY_ARCHIVE_SCHEMA = 'legacy_archive';

export { LOCKS } from './locks.ts';
