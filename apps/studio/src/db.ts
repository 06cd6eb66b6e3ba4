import { readdir } from 'node:fs/promises';
import { createOrm, MIGRATIONS_DIR, MIGRATIONS_TABLE } from '@navimpact/schema';

/** The ORM that `@navimpact/schema` opens: its metadata and its connection pool are all the studio uses. */
export type Orm = Awaited<ReturnType<typeof createOrm>>;

/** Runs one SQL statement with bind parameters ($1, $2 …) and returns its rows. */
export type Query = <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/**
 * Runs `read` in a READ ONLY transaction on one connection of the ORM's pool, and always rolls it
 * back: a request cannot change the database, even through EXPLAIN ANALYZE of a writing statement.
 */
export async function readOnly<T>(orm: Orm, read: (query: Query) => Promise<T>): Promise<T> {
  const pool = await orm.em.getConnection().getNativeClient();
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin transaction read only');
    const query: Query = async (sql, params = []) => (await client.query(sql, [...params])).rows;
    return await read(query);
  } finally {
    // A connection whose rollback fails is dropped from the pool rather than handed to the next request.
    await client.query('rollback').catch(() => void (broken = true));
    client.release(broken);
  }
}

/** Whether the studio can show anything: the database answers and every migration is applied. */
export type DatabaseState = { ok: true } | { ok: false; reason: 'unreachable' | 'missing' | 'not-migrated'; detail: string };

/**
 * Checks the database the studio points at; a closed or empty database is a state, never a throw.
 * It compares the migration files with the migrations table itself, because the ORM's migrator
 * creates that table when it is missing, and the studio writes nothing.
 */
export async function databaseState(orm: Orm): Promise<DatabaseState> {
  let applied: string[];
  try {
    applied = await readOnly(orm, async (query) => {
      const [table] = await query<{ found: string | null }>('select to_regclass($1)::text as found', [MIGRATIONS_TABLE]);
      if (!table?.found) return [];
      return (await query<{ name: string }>(`select name from ${MIGRATIONS_TABLE}`)).map((row) => row.name);
    });
  } catch (error) {
    // 3D000: the server answers, but the database was never created.
    const missing = (error as { code?: unknown }).code === '3D000';
    return { ok: false, reason: missing ? 'missing' : 'unreachable', detail: firstLine(error) };
  }
  const files = (await readdir(MIGRATIONS_DIR)).filter((file) => /^Migration.*\.ts$/.test(file)).map((file) => file.slice(0, -3));
  const pending = files.filter((name) => !applied.includes(name)).sort();
  if (pending.length > 0) return { ok: false, reason: 'not-migrated', detail: `${pending.length} migration(s) not applied: ${pending.join(', ')}` };
  return { ok: true };
}

/** The first line of an error's message, for a page; never a stack. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
