import { DAMAGE_RATES as R } from './_plan.ts';
import { GRANT_STATUSES, INDUSTRIES, LOCATIONS, NOT_YET_OPEN_STATUSES, OPEN_STATUSES } from './_grant-vocabulary.ts';
import { DAY_MS, Rng, stamp } from './_random.ts';
import type { WeightedTable } from './_random.ts';
import { linkRows } from './people.generator.ts';
import type { Cell } from './_copy.ts';
import type { GenContext } from './_plan.ts';
import type { TableGenerator } from './_table.ts';

// The scraper ids of app/services/scrapers/scraper_service.py, and funder names the seeds used.
const SOURCES: WeightedTable<string> = [
  ['grantconnect', 30], ['business.gov.au', 18], ['councils', 14], ['philanthropic', 10], ['media_investment', 8], ['current_grants', 6],
  ['australian_grants', 6], ['dummy', 1], ['Screen Australia', 2], ['VicScreen', 2], ['Creative Victoria', 2], ['Creative Australia', 1],
];
const SOURCE_SITES: Record<string, string> = {
  grantconnect: 'https://www.grants.gov.au/Go/Show?GoUuid=', 'business.gov.au': 'https://business.gov.au/grants-and-programs/',
  councils: 'https://www.melbourne.vic.gov.au/community/grants-and-funding/', philanthropic: 'https://www.philanthropy.org.au/grants/',
  media_investment: 'https://www.screenaustralia.gov.au/funding-and-support/', current_grants: 'https://www.grants.gov.au/current/',
  australian_grants: 'https://www.communitygrants.gov.au/grants/', dummy: 'https://example.com/grant/',
  'Screen Australia': 'https://www.screenaustralia.gov.au/funding-and-support/', VicScreen: 'https://vicscreen.vic.gov.au/funding/',
  'Creative Victoria': 'https://creative.vic.gov.au/funding/', 'Creative Australia': 'https://creative.gov.au/investment-and-development/',
};
const NOUNS = ['Development Fund', 'Production Investment', 'Community Grants', 'Arts Projects', 'Innovation Fund', 'Export Grant',
  'Quick Response Grant', 'Festival Fund', 'Capacity Building Grant', 'Digital Content Fund', 'Research Grant', 'Touring Fund'];
const PREFIXES = ['Regional', 'Emerging', 'First Nations', 'Screen', 'Creative', 'Community', 'Youth', 'Women in', 'Sustainable', 'Digital'];
const ORG_TYPES = ['individual', 'small_business', 'production_company', 'not_for_profit', 'community_group', 'local_government'];
const PURPOSES = ['content_development', 'production', 'documentary', 'community_development', 'export', 'capacity_building'];

/** grants: scraped and entered programs with the real app's free vocabularies, inverted and missing amounts, orphan creators. */
export const generateGrants: TableGenerator = (ctx) => ({
  table: 'grants',
  columns: ['id', 'title', 'description', 'source', 'source_url', 'min_amount', 'max_amount', 'open_date', 'deadline', 'created_at',
    'updated_at', 'industry_focus', 'location_eligibility', 'org_type_eligible', 'funding_purpose', 'audience_tags', 'status', 'created_by_id'],
  rows: grantRows(ctx),
});

function* grantRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:grants');
  const users = ctx.counts.users;
  for (let id = 1; id <= ctx.counts.grants; id++) {
    const source = rng.weighted(SOURCES);
    const status = rng.weighted(GRANT_STATUSES);
    const industry = rng.weighted(INDUSTRIES);
    const { created, deadline } = grantDates(rng, ctx.refMs, status);
    const lo = rng.pick([500, 1000, 2000, 5000, 10000, 20000, 50000, 100000]);
    const hi = lo * rng.pick([2, 4, 5, 10, 20]);
    const inverted = rng.chance(R.grantInverted) || id === 2;
    const scraped = source === source.toLowerCase();
    const creator = id === 3 ? users + 7 : scraped && !rng.chance(0.1) ? null : rng.chance(R.grantCreatorOrphan) ? users + rng.int(1, 200) : rng.active(users);
    yield [id, `${rng.pick(PREFIXES)} ${rng.pick(NOUNS)} ${new Date(created).getUTCFullYear()}`,
      rng.chance(0.7) ? `Supports ${industry ?? 'creative'} projects; applications assessed quarterly.` : null, source,
      `${SOURCE_SITES[source]}${id}`, rng.chance(R.grantNoMin) ? null : inverted ? hi : lo, rng.chance(R.grantNoMax) ? null : inverted ? lo : hi,
      rng.chance(0.3) ? stamp(created) : null, deadline === null ? null : stamp(deadline), stamp(created),
      stamp(Math.min(created + rng.int(0, 90) * DAY_MS, ctx.refMs - 1000)), industry, rng.weighted(LOCATIONS),
      JSON.stringify([rng.pick(ORG_TYPES)]), JSON.stringify([rng.pick(PURPOSES)]), JSON.stringify([industry ?? 'general']), status, creator];
  }
}

/**
 * When a program was entered and when it closes: open ones close within four months, ones not yet
 * open within a year, rolling ones never; the rest closed over the last six years, more of them
 * recently (the scrapers found more each year). Nothing but a deadline lies after the reference date.
 */
function grantDates(rng: Rng, refMs: number, status: string): { created: number; deadline: number | null } {
  const time = rng.int(0, DAY_MS - 1);
  if (OPEN_STATUSES.has(status)) return { created: refMs - rng.int(1, 120) * DAY_MS - time, deadline: refMs + rng.int(1, 120) * DAY_MS };
  if (NOT_YET_OPEN_STATUSES.has(status)) return { created: refMs - rng.int(1, 90) * DAY_MS - time, deadline: refMs + rng.int(30, 365) * DAY_MS };
  if (status === 'rolling') return { created: refMs - rng.int(1, 1500) * DAY_MS - time, deadline: null };
  const deadline = refMs - Math.ceil(2190 * rng.next() ** 1.6) * DAY_MS - time;
  return { created: deadline - rng.int(21, 180) * DAY_MS, deadline };
}

/** grant_tags: FK-clean links, distinct pairs by construction. */
export const generateGrantTags: TableGenerator = (ctx) => ({
  table: 'grant_tags', columns: ['grant_id', 'tag_id'], rows: linkRows(ctx.counts.grant_tags, ctx.counts.grants, ctx.counts.tags),
});

const SCRAPERS: WeightedTable<string> = [
  ['grantconnect', 20], ['business.gov.au', 20], ['councils', 15], ['philanthropic', 15], ['media_investment', 15], ['current_grants', 5],
  ['australian_grants', 5], ['dummy', 5],
];

const RUN_STATUSES: WeightedTable<string> = [['success', 85], ['error', 10], ['partial', 3], ['running', 2]];

/** scraper_logs: nightly runs per source; errors, partial runs, and crashed runs left 'running'. */
export const generateScraperLogs: TableGenerator = (ctx) => ({
  table: 'scraper_logs',
  columns: ['id', 'source_name', 'start_time', 'end_time', 'duration_seconds', 'status', 'grants_found', 'grants_added', 'grants_updated',
    'error_message', 'metadata'],
  rows: scraperRows(ctx),
});

function* scraperRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:scraper_logs');
  const n = ctx.counts.scraper_logs;
  for (let id = 1; id <= n; id++) {
    const start = ctx.refMs - Math.floor(((n - id) / n) * 730 * DAY_MS) - rng.int(0, 3_600_000);
    const status = rng.weighted(RUN_STATUSES);
    const secs = rng.int(5, 900);
    const found = status === 'error' || status === 'running' ? 0 : rng.int(0, 60);
    yield [id, rng.weighted(SCRAPERS), stamp(start), status === 'running' ? null : stamp(start + secs * 1000), status === 'running' ? null : secs,
      status, found, Math.floor(found / 3), Math.floor(found / 2),
      status === 'error' ? rng.pick(['HTTPSConnectionPool: Read timed out. (read timeout=30)', '403 Forbidden', 'Invalid opportunity data']) : null,
      JSON.stringify({ urls_scraped: rng.int(1, 40), rate_limited: rng.chance(0.05) })];
  }
}
