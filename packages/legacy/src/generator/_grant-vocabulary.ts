import { zipf } from './_random.ts';
import type { WeightedTable } from './_random.ts';

// The free-text classifications of a grants platform fed by scrapers and typed in by hand: a few
// values carry most programs, then a long tail of sectors and places, with the spellings the real
// app's scrapers, seed scripts and forms leave side by side ('arts', 'Arts', 'creative_arts').

/** Statuses, most programs closed: 'open', 'active' and 'closing_soon' (all open in V2) are 8%. */
export const GRANT_STATUSES: WeightedTable<string> = [
  ['closed', 70], ['draft', 8], ['expired', 4], ['open', 4], ['active', 3], ['closing_soon', 1], ['upcoming', 5], ['rolling', 5],
];

/** The statuses of programs taking applications now; their deadlines lie ahead of the reference date. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(['open', 'active', 'closing_soon']);

/** Statuses of programs not open yet; their deadlines lie further ahead. */
export const NOT_YET_OPEN_STATUSES: ReadonlySet<string> = new Set(['draft', 'upcoming']);

// In falling frequency: the scrapers' words first, then hand-typed sectors and variants.
const INDUSTRY_RANKING = [
  'media', 'arts', 'community', 'screen', 'creative_arts', 'digital', 'small_business', 'research', 'innovation', 'technology',
  'health', 'Arts', 'environment', 'education', 'export', 'creative', 'games', 'Media', 'manufacturing', 'documentary',
  'entrepreneurship', 'industry_development', 'healthcare', 'music', 'services', 'Community', 'sport', 'first_nations', 'agriculture',
  'other', 'arts ', 'Screen', 'literature', 'Small Business', 'tourism', 'disability', 'youth', 'Creative Arts', 'heritage',
  'festivals', 'small business', 'Technology', 'women', 'multicultural', 'animation', 'theatre', 'podcast', 'visual_arts', 'Digital Media',
  'publishing', 'climate', 'social_enterprise', 'regional_development', 'dance', 'mental_health', 'Health & Wellbeing', 'science',
  'aged_care', 'design', 'fashion', 'ARTS', 'circus', 'housing',
] as const;

/** Industries: Zipf over the ranking (the first near a quarter of grants), and NULL for 7%. */
export const INDUSTRIES: WeightedTable<string | null> = [...withShare(zipf(INDUSTRY_RANKING, 1.1), 0.93), [null, 0.07]];

const LOCATION_RANKING = [
  'national', 'victoria', 'melbourne', 'Victoria', 'australia', 'regional', 'VIC', 'sydney', 'state', 'local', 'National',
  'regional_victoria', 'Melbourne', 'nsw', 'brisbane', 'moreland', 'yarra', 'queensland', 'adelaide', 'NSW', 'perth',
  'coastal', 'Regional Victoria', 'inner_west_sydney', 'geelong', 'international', 'ballarat', 'bendigo', 'tasmania', 'hobart',
  'gippsland', 'canberra', 'darwin', 'Australia-wide', 'brimbank', 'darebin', 'mornington_peninsula', 'wa', 'sa', 'merri-bek',
] as const;

/** Locations: national programs dominate, then Victoria in its spellings, then places; NULL for 7%. */
export const LOCATIONS: WeightedTable<string | null> = [...withShare(zipf(LOCATION_RANKING, 1.3), 0.93), [null, 0.07]];

function withShare<T>(table: WeightedTable<T>, share: number): WeightedTable<T> {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return table.map(([value, w]) => [value, (w / total) * share] as const);
}
