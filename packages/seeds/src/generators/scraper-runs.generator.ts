import type { Faker } from '@faker-js/faker';
import type { ScraperRunStatus, ScraperSource } from '@navimpact/schema';
import type { RowSink } from '../dataset.ts';
import { atHour } from '../dates.ts';

// How often each scraper runs (days between runs) and how many programs its site lists, in the
// order of SCRAPER_SOURCES; the generator walks this table, so the seed's worker thread need not
// load the schema package (its ORM takes seconds to import).
const SCHEDULE: Readonly<Record<ScraperSource, { every: number; listed: number; url: string }>> = {
  australian_grants: { every: 1, listed: 60, url: 'https://www.grants.gov.au' },
  'business.gov.au': { every: 2, listed: 45, url: 'https://business.gov.au/grants-and-programs' },
  media_investment: { every: 3, listed: 18, url: 'https://www.screenaustralia.gov.au/funding-and-support' },
  grantconnect: { every: 1, listed: 80, url: 'https://www.grants.gov.au/Go/List' },
  'grants.gov.au': { every: 2, listed: 70, url: 'https://www.grants.gov.au' },
  philanthropic: { every: 7, listed: 25, url: 'https://www.philanthropy.org.au' },
  councils: { every: 7, listed: 30, url: 'https://www.melbourne.vic.gov.au/community/grants' },
  current_grants: { every: 3, listed: 35, url: 'https://www.vic.gov.au/grants' },
  custom_source: { every: 14, listed: 10, url: 'https://shadowgoose.com.au/watchlist' },
};
const ERRORS = ['HTTP 503 from the listing page; retry scheduled', 'Timed out after 120 s waiting for the listing page', 'Listing page layout changed: no grant cards matched', 'HTTP 429 Too Many Requests'];

/** Runs of every real scraper over recent weeks, newest ending the night before the reference date; a few partial or failed. */
export function* generateScraperRuns(sink: RowSink, faker: Faker, refDate: Date, weeks: number): Generator<void> {
  for (const source of Object.keys(SCHEDULE) as ScraperSource[]) {
    const { every, listed, url } = SCHEDULE[source];
    for (let daysAgo = weeks * 7; daysAgo >= 1; daysAgo--) {
      if (daysAgo % every !== 0) continue;
      const startedAt = atHour(refDate, -daysAgo, 2, faker.number.int({ min: 0, max: 59 }));
      const status: ScraperRunStatus = faker.helpers.weightedArrayElement([{ weight: 86, value: 'success' }, { weight: 9, value: 'partial' }, { weight: 5, value: 'error' }] as const);
      const duration = status === 'error' ? faker.number.int({ min: 5, max: 120 }) : faker.number.int({ min: 20, max: 600 });
      const found = status === 'error' ? 0 : Math.round(listed * faker.number.float({ min: status === 'partial' ? 0.3 : 0.85, max: 1.1 }));
      const added = status === 'error' ? 0 : faker.number.int({ min: 0, max: Math.min(found, Math.ceil(listed / 12)) });
      const endedAt = new Date(startedAt.getTime() + duration * 1000);
      sink.add('scraper_runs', {
        id: sink.count('scraper_runs') + 1, created_at: startedAt, updated_at: endedAt, source, started_at: startedAt, ended_at: endedAt,
        duration_seconds: duration, status, grants_found: found, grants_added: added,
        grants_updated: status === 'error' ? 0 : faker.number.int({ min: 0, max: found - added }),
        error_message: status === 'success' ? null : status === 'partial' ? 'Some detail pages failed to load' : faker.helpers.arrayElement(ERRORS),
        metadata: JSON.stringify({ url, pages: Math.ceil(listed / 20), trigger: daysAgo % 7 === 0 ? 'manual' : 'schedule' }),
      });
      yield;
    }
  }
}
