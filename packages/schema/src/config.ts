import { resolve } from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { RECORD_TABLE } from './database-record.ts';
import { ENTITIES } from './entities/index.ts';
import { NavImpactNamingStrategy } from './naming.ts';

import { LEGACY_ARCHIVE_SCHEMA, MIGRATIONS_DIR, MIGRATIONS_TABLE } from './constants.ts';

export { MIGRATIONS_DIR, MIGRATIONS_TABLE };

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
  /** How long a new connection may take before it fails (default 10 s), so nothing hangs on a silent port. */
  connectTimeoutMs?: number;
  /**
   * Create the database when it does not exist (MikroORM's default, kept here). A read-only
   * client such as the studio passes false, so opening the ORM never creates anything.
   */
  ensureDatabase?: boolean;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

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
    // The toolkit's own record is no entity: the drift check and migration:create must not drop it.
    // Nor is an adopted database's archive of legacy rows (`navimpact adopt`).
    schemaGenerator: { skipTables: [RECORD_TABLE], ignoreSchema: [LEGACY_ARCHIVE_SCHEMA] },
    debug: options.debug ?? false,
    ensureDatabase: options.ensureDatabase ?? true,
    pool: { min: 0, max: options.poolMax ?? 4 },
    // MikroORM reads only the URL's authority; handing pg the whole string makes the pool connect
    // where pg's own parser says (?host=, ?port=, ?password=, sslmode), as every other client here does.
    driverOptions: { connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
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
