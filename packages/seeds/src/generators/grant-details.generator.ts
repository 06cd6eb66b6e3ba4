import type { Faker } from '@faker-js/faker';
import type { GrantSource } from '@navimpact/schema';
import { textArray, type Row } from '../dataset.ts';
import { addDays, isoDay, parseDay } from '../dates.ts';
import type { ReferenceIds } from './reference.generator.ts';
import { weightedSubset, zipf } from './_long-tail.ts';

// The scraper that finds each kind of funder's programs (the real app's scraper ids).
const SCRAPERS: Readonly<Record<string, readonly GrantSource[]>> = {
  'government:national': ['grantconnect', 'grants.gov.au', 'australian_grants', 'media_investment'],
  'government:victoria': ['current_grants', 'australian_grants', 'media_investment'],
  'government:melbourne': ['councils'],
  'government:local': ['councils'],
  philanthropic: ['philanthropic', 'custom_source'],
  corporate: ['business.gov.au', 'custom_source'],
};
// Eligibility lists, commonest first: most programs take not-for-profits for production and
// development; a few are only for councils, research or seniors (the long tail a filter finds).
const ORG_TYPES = zipf(['not_for_profit', 'small_business', 'community_group', 'sole_trader', 'production_company', 'individual_artist', 'first_nations_organisation', 'local_government']);
const PURPOSES = zipf(['production', 'development', 'capacity_building', 'impact_campaign', 'equipment', 'marketing', 'distribution', 'post_production', 'travel', 'research']);
const AUDIENCES = zipf(['general_public', 'youth', 'regional', 'culturally_diverse', 'first_nations', 'people_with_disability', 'women', 'children', 'lgbtqia', 'seniors']);
const NOTES = [
  'Two-stage process: expression of interest, then full application by invitation.',
  'Matched funding required; in-kind contributions count.',
  'Program officer happy to discuss eligibility before you apply.',
  'Recipients must acquit within 12 months of the project end date.',
  'Amounts are not published; past recipients received between $5,000 and $50,000.',
];

/**
 * The fields the real app's scrapers write: which scraper found a grant (or `manual` when a
 * person typed it in), its application link, contact, open date, eligibility lists and notes.
 * A program nobody applied to (`appliedTo` false) may publish no amounts, as many scraped ones do.
 */
export function enrichGrant(grant: Row, faker: Faker, refs: ReferenceIds, appliedTo: boolean): void {
  const funder = refs.funders.find((f) => f.id === grant.funder_id)!;
  const scrapers = SCRAPERS[funder.kind === 'government' ? `government:${funder.jurisdiction}` : funder.kind]!;
  // Most programs reach the app through its scrapers, which sign nothing; people type in the rest.
  const scraped = grant.created_by_id === null || faker.datatype.boolean(0.55);
  const source: GrantSource = scraped ? faker.helpers.arrayElement(scrapers) : 'manual';
  const site = funder.website.replace(/\/$/, '');
  const deadline = grant.deadline === null ? null : parseDay(String(grant.deadline));
  const unpublished = !appliedTo && source !== 'manual' && faker.datatype.boolean(0.08);
  Object.assign(grant, {
    source,
    created_by_id: scraped ? null : grant.created_by_id,
    amount_min: unpublished ? null : grant.amount_min,
    amount_max: unpublished ? null : grant.amount_max,
    open_date: deadline ? isoDay(addDays(deadline, -faker.number.int({ min: 28, max: 120 }))) : null,
    eligible_org_types: textArray(weightedSubset(faker, ORG_TYPES, 1, 3).sort()),
    funding_purposes: textArray(weightedSubset(faker, PURPOSES, 1, 3).sort()),
    audience_tags: textArray(weightedSubset(faker, AUDIENCES, 0, 2).sort()),
    application_url: faker.datatype.boolean(0.85) ? `${site}/apply/${grant.id}` : null,
    contact_email: faker.datatype.boolean(0.6) ? `grants@${new URL(site).hostname.replace(/^www\./, '')}` : null,
    notes: unpublished ? NOTES[4] : faker.datatype.boolean(0.3) ? faker.helpers.arrayElement(NOTES.slice(0, 4)) : null,
  });
}
