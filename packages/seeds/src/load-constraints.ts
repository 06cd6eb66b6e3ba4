import type pg from 'pg';

/**
 * Drops the foreign keys and the secondary indexes (not primary keys, not unique or check
 * constraints) of the given tables, and returns the statements that put them back: indexes first,
 * then the foreign keys, each validated by one join instead of one lookup per loaded row; the
 * caller can send them as one query.
 * Run both on the load's transaction, so a failed or killed load leaves them as they were.
 */
export async function dropForLoad(client: pg.Client, tables: readonly string[]): Promise<string[]> {
  const { rows: foreignKeys } = await client.query<{ drop: string; add: string }>(
    `select format('alter table %s drop constraint %I', conrelid::regclass, conname) as drop,
            format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) as add
     from pg_constraint where contype = 'f' and conrelid = any($1::regclass[]) order by conrelid::regclass::text, conname`,
    [tables],
  );
  const { rows: indexes } = await client.query<{ drop: string; add: string }>(
    `select format('drop index %s', i.indexrelid::regclass) as drop, pg_get_indexdef(i.indexrelid) as add
     from pg_index i
     where i.indrelid = any($1::regclass[]) and not i.indisprimary
       and not exists (select from pg_constraint c where c.conindid = i.indexrelid)
     order by i.indexrelid::regclass::text`,
    [tables],
  );
  // In one round trip, as the caller puts them back: a round trip each is felt on a small seed.
  const drops = [...foreignKeys, ...indexes].map((s) => s.drop);
  if (drops.length > 0) await client.query(drops.join(';\n'));
  return [...indexes, ...foreignKeys].map((s) => s.add);
}
