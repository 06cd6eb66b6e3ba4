import pg from 'pg';

const OBJECT_IN_USE = '55006';
const ATTEMPTS = 20;
const MAX_NAME_BYTES = 63;

/**
 * `<database><suffix>`, the base shortened so the whole fits PostgreSQL's 63 bytes and can never
 * collide with the real name.
 */
export function sideName(database: string, suffix: string): string {
  let base = database;
  while (Buffer.byteLength(base + suffix) > MAX_NAME_BYTES) base = base.slice(0, -1);
  return base + suffix;
}

/**
 * Puts `replacement` in the place of `target` in one transaction: the target is renamed aside and
 * the replacement renamed in together (ALTER DATABASE RENAME is transactional, unlike DROP), so a
 * crash leaves one or the other under the name, never neither; the old copy is dropped afterwards.
 * Sessions on the target are ended first; one that reconnects in between makes us try again.
 * `client` is connected to the server's maintenance database.
 */
export async function swapDatabase(client: pg.Client, replacement: string, target: string): Promise<void> {
  const aside = sideName(target, '__replaced');
  await client.query(`drop database if exists ${pg.escapeIdentifier(aside)} with (force)`);
  for (let attempt = 1; ; attempt++) {
    try {
      await renameBoth(client, replacement, target, aside);
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== OBJECT_IN_USE || attempt === ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
  await client.query(`drop database if exists ${pg.escapeIdentifier(aside)} with (force)`);
}

async function renameBoth(client: pg.Client, replacement: string, target: string, aside: string): Promise<void> {
  // Waits up to 5 s for each ended session to be gone, so the rename right after finds none.
  await client.query('select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [target]);
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [target]);
  await client.query('begin');
  try {
    if (rowCount === 1) await client.query(`alter database ${pg.escapeIdentifier(target)} rename to ${pg.escapeIdentifier(aside)}`);
    await client.query(`alter database ${pg.escapeIdentifier(replacement)} rename to ${pg.escapeIdentifier(target)}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
}
