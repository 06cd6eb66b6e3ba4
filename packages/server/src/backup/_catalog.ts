import pg from 'pg';

/** A schema the user owns: not PostgreSQL's own, not a temporary or toast schema. */
export const USER_NAMESPACE = `(n.nspname <> 'information_schema' and n.nspname !~ '^pg_')`;

/** The SQL condition "this object was not created by an extension" for a catalog and an oid expression. */
export function notExtensionMember(catalog: string, oid: string): string {
  return `not exists (select 1 from pg_depend x where x.classid = '${catalog}'::regclass and x.objid = ${oid} and x.deptype = 'e')`;
}

/** A string as an SQL literal. */
export function literal(value: string): string {
  return pg.escapeLiteral(value);
}

/** A schema-qualified name, quoted. */
export function qualified(schema: string, name: string): string {
  return `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
}

/** The options of a sequence as CREATE SEQUENCE and identity columns spell them. */
export interface SequenceOptions {
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
}

/** The clauses of CREATE SEQUENCE for these settings; an identity column's omit the type, which is the column's. */
export function sequenceClauses(s: SequenceOptions, withType = true): string {
  return `${withType ? `as ${s.type} ` : ''}increment by ${s.increment} minvalue ${s.min} maxvalue ${s.max} start with ${s.start} cache ${s.cache} ${s.cycle ? 'cycle' : 'no cycle'}`;
}

/** The pg_sequence columns a SequenceOptions is read from, for a join alias `s`. */
export const SEQUENCE_COLUMNS = `format_type(s.seqtypid, null) as type, s.seqstart::text as start, s.seqincrement::text as increment,
  s.seqmin::text as min, s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle`;
