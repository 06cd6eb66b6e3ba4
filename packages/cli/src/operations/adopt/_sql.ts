import { ARCHIVE } from './_copy-legacy.ts';

// SQL fragments every mapping shares.
export const slug = (x: string) => `trim(both '-' from regexp_replace(lower(${x}), '[^a-z0-9]+', '-', 'g'))`;
// V2's ck_users_password_hash, so a hash it would refuse is set aside as NULL (kept in the archive).
export const BCRYPT = `'^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$'`;
export const jsonList = (x: string) => `case when json_typeof(${x}) = 'array' then array(select json_array_elements_text(${x})) else '{}'::text[] end`;
export const utc = (x: string) => `(${x} at time zone 'UTC')`;
export const ledger = `insert into ${ARCHIVE}.adoption_ledger (legacy_table, legacy_id, v2_table, v2_id, fate, reason)`;
