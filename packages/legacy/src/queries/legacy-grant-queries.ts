import type { LegacyCatalogEntry } from './_legacy-query.ts';

// grants.py:69-84: db.query(Grant).filter(...).offset(skip).limit(limit), every column, no ORDER BY.
const LIST = 'select * from grants';
const PAGE = 'offset 0 limit 50';
// Three months before the newest grant: closed programs' deadlines fall in every past month.
const A_PAST_MONTH = `select m - interval '3 months', m - interval '2 months' from (select date_trunc('month', max(created_at)) as m from grants) g`;

/** The grant queries of QUERY_CATALOG as the real app's grants.py issues them on its schema. */
export const LEGACY_GRANT_QUERIES: Readonly<Record<string, LegacyCatalogEntry>> = {
  grants_by_source: {
    tables: ['grants'],
    legacy: { sql: `${LIST} where source = $1 ${PAGE}`, sample: { params: ['business.gov.au'] } },
    v2Sample: { params: ['business.gov.au'] },
  },
  grants_by_funder: {
    tables: ['grants'],
    // The funder is only a name in the free-text source column.
    legacy: { sql: `${LIST} where source = $1 ${PAGE}`, sample: { params: ['Screen Australia'] } },
    v2Sample: { lookup: `select id from funders where name = 'Screen Australia'` },
  },
  grants_by_industry_focus: {
    tables: ['grants'],
    legacy: { sql: `${LIST} where industry_focus = $1 ${PAGE}`, sample: { params: ['screen'] } },
    v2Sample: { params: ['screen'] },
  },
  grants_by_location: {
    tables: ['grants'],
    legacy: { sql: `${LIST} where location_eligibility = $1 ${PAGE}`, sample: { params: ['victoria'] } },
    v2Sample: { params: ['victoria'] },
  },
  grants_by_status: {
    tables: ['grants'],
    legacy: { sql: `${LIST} where status = $1 ${PAGE}`, sample: { params: ['open'] } },
    v2Sample: { params: ['open'] },
  },
  open_grants_closing_soon: {
    tables: ['grants'],
    // grants.py:397-402 and 436-441: open, due within the coming weeks, soonest first (deadline is a timestamp there).
    legacy: {
      sql: `${LIST} where status = $1 and deadline between $2 and $3 order by deadline limit 50`,
      sample: { lookup: `select 'open', min(deadline)::date, min(deadline)::date + 42 from grants where status = 'open'` },
    },
    v2Sample: { lookup: `select 'open', min(deadline), min(deadline) + 42 from grants where status = 'open'` },
  },
  deadline_calendar: {
    tables: ['grants'],
    legacy: {
      sql: `${LIST} where deadline >= $1 and deadline < $2 order by deadline`,
      sample: { lookup: A_PAST_MONTH },
    },
    v2Sample: { lookup: A_PAST_MONTH },
  },
  grants_in_amount_range: {
    tables: ['grants'],
    // grants.py:243-266, the matcher: open grants, then the budget, limit max_results.
    legacy: { sql: `${LIST} where status = $1 and max_amount >= $2 and min_amount <= $3 limit 50`, sample: { params: ['open', 5000, 20000] } },
    v2Sample: { params: ['open', 5000, 20000] },
  },
  grants_text_search: {
    tables: ['grants'],
    // grants.py:533-537, the export's search.
    legacy: { sql: `${LIST} where title ilike $1 or description ilike $1 ${PAGE}`, sample: { params: ['%documentary%'] } },
    v2Sample: { params: ['%documentary%'] },
  },
  grants_for_org_type: {
    tables: ['grants'],
    legacy: null,
    v2Only: 'grants.py:78 and 258 call .contains() on a json column: PostgreSQL answers "operator does not exist: json ~~ text"',
    v2Sample: { lookup: 'select eligible_org_types[1] from grants where cardinality(eligible_org_types) > 0 order by id limit 1' },
  },
  grants_for_purpose: {
    tables: ['grants'],
    legacy: null,
    v2Only: 'grants.py:326 calls .contains() on the json funding_purpose column: the smart search fails with "operator does not exist: json ~~ text"',
    v2Sample: { lookup: 'select funding_purposes[1] from grants where cardinality(funding_purposes) > 0 order by id limit 1' },
  },
  grants_for_audience: {
    tables: ['grants'],
    // grants.py:739-743 compares audience tags in Python, so it reads every open grant.
    legacy: { sql: `${LIST} where status = $1`, sample: { params: ['open'] } },
    v2Sample: { lookup: `select array[audience_tags[1], 'Youth'] from grants where cardinality(audience_tags) > 0 order by id limit 1` },
  },
};
