import type { CatalogQuery } from './_query.ts';

const LIST = 'select id, title, deadline from grants';

/** The grant finder's filters and searches (the real app's app/api/v1/endpoints/grants.py), plus V2's deadline views. */
export const GRANT_QUERIES: readonly CatalogQuery[] = [
  {
    name: 'grants_by_source',
    purpose: 'Grant list filtered by the scraper that found them',
    origin: 'app/api/v1/endpoints/grants.py:69',
    sql: `${LIST} where source = $1 order by deadline nulls last limit 50`,
    params: ['business.gov.au'],
    index: 'ix_grants_source_deadline',
  },
  {
    name: 'grants_by_funder',
    purpose: "A funder's page: its programs (the real app filters its free-text source by a funder's name)",
    origin: 'app/api/v1/endpoints/grants.py:69',
    sql: `${LIST} where funder_id = $1 order by deadline nulls last limit 50`,
    params: [1],
    index: 'ix_grants_funder_id_deadline',
  },
  {
    name: 'grants_by_industry_focus',
    purpose: 'Grant finder filtered by sector',
    origin: 'app/api/v1/endpoints/grants.py:72, 252, 332',
    sql: `${LIST} where industry_focus = $1 order by deadline nulls last limit 50`,
    params: ['screen'],
    index: 'ix_grants_industry_focus_deadline',
  },
  {
    name: 'grants_by_location',
    purpose: 'Grant finder filtered by where the applicant is based',
    origin: 'app/api/v1/endpoints/grants.py:75, 255, 335',
    sql: `${LIST} where location_eligibility = $1 order by deadline nulls last limit 50`,
    params: ['victoria'],
    index: 'ix_grants_location_eligibility_deadline',
  },
  {
    name: 'grants_by_status',
    purpose: "Grant finder filtered by status, soonest deadline first (the real app's status = 'open')",
    origin: 'app/api/v1/endpoints/grants.py:81, 249, 315, 540',
    sql: `${LIST} where status = $1 order by deadline limit 50`,
    params: ['open'],
    index: 'ix_grants_status_deadline',
  },
  {
    name: 'open_grants_closing_soon',
    purpose: "Dashboard: the first 50 open grants whose deadline falls in the next weeks (the real app's 'closing_soon' lists 5)",
    origin: 'app/api/v1/endpoints/grants.py:397-402, 436-441',
    sql: `select id, title, deadline, amount_max from grants
          where status = $1 and deadline between $2 and $3 order by deadline limit 50`,
    params: ['open', '2026-07-01', '2026-08-15'],
    index: 'ix_grants_status_deadline',
  },
  {
    name: 'deadline_calendar',
    purpose: 'Calendar of every dated deadline in a month, whatever the status',
    origin: 'V2 dashboard (plan phase 3)',
    sql: 'select id, title, status, deadline from grants where deadline >= $1 and deadline < $2 order by deadline',
    params: ['2026-01-01', '2026-02-01'],
    index: 'ix_grants_deadline',
  },
  {
    name: 'grants_in_amount_range',
    purpose: 'Grant matcher: open programs whose range overlaps the budget sought (a range overlap no b-tree narrows, so the status and deadline order do)',
    origin: 'app/api/v1/endpoints/grants.py:243-266, 338-343',
    sql: `${LIST} where status = $1 and amount_min <= $3 and amount_max >= $2 order by deadline limit 50`,
    params: ['open', 5000, 20000],
    index: 'ix_grants_status_deadline',
  },
  {
    name: 'grants_text_search',
    purpose: "Smart search and export: a keyword anywhere in a grant's title or description",
    origin: 'app/api/v1/endpoints/grants.py:324-329, 533-537',
    sql: `${LIST} where title ilike $1 or description ilike $1 limit 50`,
    params: ['%documentary%'],
    index: 'ix_grants_title_description_trgm',
  },
  {
    name: 'grants_for_org_type',
    purpose: 'Grant finder: programs open to one kind of organisation',
    origin: 'app/api/v1/endpoints/grants.py:78, 258',
    sql: `${LIST} where eligible_org_types @> array[$1::text] limit 50`,
    params: ['local_government'],
    index: 'ix_grants_eligible_org_types',
  },
  {
    name: 'grants_for_purpose',
    purpose: 'Smart search: programs that fund a purpose',
    origin: 'app/api/v1/endpoints/grants.py:326',
    sql: `${LIST} where funding_purposes @> array[$1::text] limit 50`,
    params: ['post_production'],
    index: 'ix_grants_funding_purposes',
  },
  {
    name: 'grants_for_audience',
    purpose: 'Grant matcher: programs for an audience (the real app compares its tags in Python)',
    origin: 'app/api/v1/endpoints/grants.py:739-743',
    sql: `${LIST} where audience_tags && $1::text[] limit 50`,
    params: [['lgbtqia', 'seniors']],
    index: 'ix_grants_audience_tags',
  },
];
