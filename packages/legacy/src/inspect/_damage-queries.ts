import pg from 'pg';
import { SDGS } from '@navimpact/seeds';
import { LEGACY_CASE_UNIQUE, LEGACY_DUPLICATE_KEYS, LEGACY_NON_NEGATIVE, LEGACY_RANGES, LEGACY_READABLE, LEGACY_REQUIRED } from '../legacy-rules.ts';
import type { LegacyReference } from '../legacy-rules.ts';
import type { DamageFinding, DamageKind } from '../damage-kinds.ts';

const id = pg.escapeIdentifier;

/** A finding's rows: `sql` yields (id integer, value text); the result counts ids and samples both. */
async function collect(client: pg.ClientBase, sql: string, sample: number): Promise<{ count: number; ids: number[]; values: string[] }> {
  const { rows } = await client.query<{ count: number; ids: number[] | null; values: string[] | null }>(
    `select count(distinct id)::int as count,
       (array_agg(distinct id order by id))[1:$1] as ids,
       (array_agg(distinct value order by value) filter (where value is not null))[1:$1] as values
     from (${sql}) s`,
    [sample],
  );
  const row = rows[0]!;
  return { count: row.count, ids: row.ids ?? [], values: row.values ?? [] };
}

function finding(kind: DamageKind, table: string, column: string, found: { count: number; ids: number[] }, extra: Partial<DamageFinding> = {}): DamageFinding {
  return { kind, table, column, count: found.count, ids: found.ids, ...extra };
}

/**
 * Rows whose reference names no row: scalar ids, integer[] elements, JSON lists of id strings. A
 * table without an `id` (a link table) is identified by the dangling value itself.
 */
export async function findOrphans(client: pg.ClientBase, r: LegacyReference, sample: number, hasId = true): Promise<DamageFinding | null> {
  const [t, c, target] = [id(r.table), id(r.column), id(r.references)];
  const key = hasId ? 't.id' : `t.${c}`;
  const element =
    r.shape === 'scalar' ? null
    : r.shape === 'array' ? `unnest(t.${c})`
    : `json_array_elements_text(case when json_typeof(t.${c}) = 'array' then t.${c} else '[]' end)`;
  const sql = element === null
    ? `select ${key} as id, t.${c}::text as value from ${t} t
       where t.${c} is not null and not exists (select 1 from ${target} r where r.id = t.${c})`
    : `select ${key} as id, e::text as value from ${t} t cross join lateral ${element} as e
       where e is not null and not exists (
         select 1 from ${target} r where r.id = case when e::text ~ '^[0-9]{1,9}$' then e::text::int end)`;
  const found = await collect(client, sql, sample);
  if (found.count === 0) return null;
  const kind = r.shape === 'scalar' ? 'orphan' : 'orphan-element';
  return finding(kind, r.table, r.column, found, { references: r.references, values: found.values });
}

/** NULLs in legacy columns whose V2 counterpart is NOT NULL, and numbers below zero where V2 checks they are not. */
export async function findMissingOrNegative(client: pg.ClientBase, tables: Set<string>, sample: number): Promise<DamageFinding[]> {
  const out: DamageFinding[] = [];
  const rules = [
    ...LEGACY_REQUIRED.map((r) => ({ ...r, kind: 'null' as const, where: 'is null' })),
    ...LEGACY_NON_NEGATIVE.map((r) => ({ ...r, kind: 'negative' as const, where: '< 0' })),
  ];
  for (const { table, column, kind, where } of rules.filter((r) => tables.has(r.table))) {
    const found = await collect(client, `select id, null::text as value from ${id(table)} where ${id(column)} ${where}`, sample);
    if (found.count > 0) out.push(finding(kind, table, column, found));
  }
  return out;
}

/** Case-insensitive collisions of case-sensitive unique values, and rows V2 would make unique. */
export async function findCollisions(client: pg.ClientBase, tables: Set<string>, sample: number): Promise<DamageFinding[]> {
  const out: DamageFinding[] = [];
  const groups = [
    ...LEGACY_CASE_UNIQUE.map((u) => ({ kind: 'case-collision' as const, table: u.table, column: u.column, key: `lower(${id(u.column)})` })),
    ...LEGACY_DUPLICATE_KEYS.map((d) => ({ kind: 'duplicate' as const, table: d.table, column: d.columns.join(','), key: d.expression })),
  ];
  for (const g of groups.filter((x) => tables.has(x.table))) {
    const sql = `select id, null::text as value from (
      select id, count(*) over (partition by ${g.key}) as n from ${id(g.table)}) s where n > 1`;
    const found = await collect(client, sql, sample);
    if (found.count > 0) out.push(finding(g.kind, g.table, g.column, found));
  }
  return out;
}

/** Rows whose low bound exceeds the high one (grants' amounts, scraper runs' start and end). */
export async function findInvertedRanges(client: pg.ClientBase, tables: Set<string>, sample: number): Promise<DamageFinding[]> {
  const out: DamageFinding[] = [];
  for (const { table, low, high } of LEGACY_RANGES.filter((r) => tables.has(r.table))) {
    const found = await collect(client, `select id, null::text as value from ${id(table)} where ${id(low)} > ${id(high)}`, sample);
    if (found.count > 0) out.push(finding('inverted-range', table, `${low},${high}`, found));
  }
  return out;
}

/** Free text V2 reads into a number that does not have the form the reading needs. */
export async function findUnreadable(client: pg.ClientBase, tables: Set<string>, sample: number): Promise<DamageFinding[]> {
  const out: DamageFinding[] = [];
  for (const { table, column, pattern } of LEGACY_READABLE.filter((r) => tables.has(r.table))) {
    const sql = `select id, ${id(column)}::text as value from ${id(table)} where ${id(column)} is not null and trim(${id(column)}) !~ ${pg.escapeLiteral(pattern)}`;
    const found = await collect(client, sql, sample);
    if (found.count > 0) out.push(finding('unreadable', table, column, found, { values: found.values }));
  }
  return out;
}

// The UN goals' titles, so 'Quality Education' reads as goal 4 (as adoption reads it).
const SDG_TITLES = `(values ${SDGS.map((g) => `(${g.number}, ${pg.escapeLiteral(g.title.toLowerCase())})`).join(', ')}) as g(number, title)`;

/** The spellings of projects.sdg_tags ('SDG 11', 'SDG-4', a goal's title) and the tags that name no UN goal. */
export async function findSdgTags(client: pg.ClientBase, tables: Set<string>, sample: number): Promise<DamageFinding[]> {
  if (!tables.has('projects')) return [];
  const tags = `select p.id, e as tag,
      coalesce(substring(btrim(e) from '^[Ss][Dd][Gg][[:space:]-]?([0-9]{1,4})$')::int, (select g.number from ${SDG_TITLES} where g.title = lower(btrim(e)))) as goal,
      case when e ~ '^SDG [0-9]+$' then 'SDG n' when e ~ '^SDG-[0-9]+$' then 'SDG-n'
           when exists (select from ${SDG_TITLES} where g.title = lower(btrim(e))) then 'title' else 'other' end as spelling
    from projects p cross join lateral jsonb_array_elements_text(
      case when jsonb_typeof(p.sdg_tags) = 'array' then p.sdg_tags else '[]' end) as e`;
  const out: DamageFinding[] = [];
  for (const spelling of ['SDG n', 'SDG-n', 'title']) {
    const found = await collect(client, `select id, null::text as value from (${tags}) t where spelling = '${spelling}'`, sample);
    if (found.count > 0) out.push(finding('sdg-spelling', 'projects', 'sdg_tags', found, { value: spelling }));
  }
  const unknown = await collect(client, `select id, tag as value from (${tags}) t where goal is null or goal not between 1 and 17`, sample);
  if (unknown.count > 0) out.push(finding('unknown-sdg', 'projects', 'sdg_tags', unknown, { values: unknown.values }));
  return out;
}
