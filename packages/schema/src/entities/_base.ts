import { p } from '@mikro-orm/core';

const createdAt = p.datetime().columnType('timestamptz').defaultRaw('now()');
const updatedAt = p
  .datetime()
  .columnType('timestamptz')
  .defaultRaw('now()')
  .onUpdate(() => new Date());

/**
 * The columns every V2 table carries: an identity key and two timestamps that the database
 * fills by default (so bulk loads and raw SQL get them too) and the ORM refreshes on update.
 */
export const standardColumns = {
  id: p.integer().primary().generated('by default as identity'),
  createdAt,
  updatedAt,
};

/** The two timestamps alone, for pure link tables whose key is the pair they link. */
export const timestampColumns = { createdAt, updatedAt };

/** Money: numeric(12,2) in AUD, read as a string so no cent is lost to floating point. */
export const money = () => p.decimal('string').precision(12).scale(2);

/** A list of free-form labels: text[] that is never null, so containment queries need no null checks. */
export const textList = () => p.array().columnType('text[]').defaultRaw(`'{}'`);

/** A JSON document that is never null; jsonb, not json, so the database can index and compare it. */
export const jsonDocument = <T>(empty: '{}' | '[]') => p.json<T>().columnType('jsonb').defaultRaw(`'${empty}'`);
