/**
 * The scrapers the real app runs (its `ALLOWED_SCRAPER_SOURCES` and the ids its scraper classes
 * pass to `BaseScraper`), the values both `grants.source` and `scraper_runs.source` hold.
 */
export const SCRAPER_SOURCES = [
  'australian_grants', 'business.gov.au', 'media_investment', 'grantconnect', 'grants.gov.au',
  'philanthropic', 'councils', 'current_grants', 'custom_source',
] as const;
export type ScraperSource = (typeof SCRAPER_SOURCES)[number];

/** Where a grant row came from: a scraper, or a person who typed it in. */
export const GRANT_SOURCES = ['manual', ...SCRAPER_SOURCES] as const;
export type GrantSource = (typeof GRANT_SOURCES)[number];
