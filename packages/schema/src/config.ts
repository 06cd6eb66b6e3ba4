import { resolve } from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities/index.ts';
import { NavImpactNamingStrategy } from './naming.ts';

/** Where the migrations live; resolved from this file, never from the working directory. */
export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../migrations');

/** The table that records applied migrations. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/** What a caller may set; everything else is the project's fixed choice. */
export interface ConfigOptions {
  /** The server and database; defaults to DATABASE_URL. */
  url?: string;
  /** Log every SQL statement. */
  debug?: boolean;
  /** Connection pool size; tests keep it small. */
  poolMax?: number;
  /** Another migrations folder, for tools that stage migrations elsewhere. */
  migrationsDir?: string;
  /**
   * Create the database when it does not exist (MikroORM's default, kept here). A read-only
   * client such as the studio passes false, so opening the ORM never creates anything.
   */
  ensureDatabase?: boolean;
}

/**
 * The MikroORM configuration for the NavImpact schema: the entity list, the naming strategy and
 * the migrations folder, pointed at `url` or `DATABASE_URL`.
 *
 * @example
 * const orm = await MikroORM.init(createConfig({ url: 'postgres://localhost/navimpact' }));
 */
export function createConfig(options: ConfigOptions = {}): Options {
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) throw new TypeError('createConfig needs a url or DATABASE_URL.');
  return defineConfig({
    clientUrl: url,
    entities: [...ENTITIES],
    namingStrategy: NavImpactNamingStrategy,
    extensions: [Migrator],
    debug: options.debug ?? false,
    ensureDatabase: options.ensureDatabase ?? true,
    pool: { min: 0, max: options.poolMax ?? 4 },
    baseDir: resolve(import.meta.dirname, '..'),
    migrations: {
      path: options.migrationsDir ?? MIGRATIONS_DIR,
      pathTs: options.migrationsDir ?? MIGRATIONS_DIR,
      tableName: MIGRATIONS_TABLE,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
      fileName: (timestamp, name) => `Migration${timestamp}_${name ?? 'change'}`,
    },
  });
}
