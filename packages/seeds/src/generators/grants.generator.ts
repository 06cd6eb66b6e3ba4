import type { Faker } from '@faker-js/faker';
import type { GrantStatus, IndustryFocus, Jurisdiction, LocationEligibility } from '@navimpact/schema';
import type { Row } from '../dataset.ts';
import { addDays, financialYear, isoDay, longDate } from '../dates.ts';
import { GRANT_DESCRIPTION_SENTENCES, GRANT_STAGES, GRANT_TITLE_PARTS, TAGS } from '../reference/index.ts';
import { stamps } from './_stamps.ts';
import { zipf, type Weighted } from './_long-tail.ts';
import type { ReferenceIds } from './reference.generator.ts';

// Funding from a round starts about three months after it closes; a round is open for two months.
const FUNDING_STARTS_DAYS = 90;
const OPEN_DAYS = 60;

/** What the applications generator needs of a grant; GrantTable keeps it for millions of grants. */
export interface GrantFacts {
  id: number;
  focus: IndustryFocus;
  deadline: Date | null;
  amountMin: number;
  amountMax: number;
}

/** One generated grant program: its row, its tag links, and its facts. */
export interface GrantProgram {
  row: Row;
  links: Row[];
  facts: GrantFacts;
}

// Sectors by how many programs a grants platform lists for each: general community and arts
// rounds lead, specialised ones (games, sport, agriculture) are a long tail.
const FOCUS_WEIGHTS = zipf<IndustryFocus>([
  'community', 'screen', 'arts', 'general', 'documentary', 'digital_media', 'health', 'education', 'environment',
  'first_nations', 'music', 'business', 'performing_arts', 'technology', 'research', 'visual_arts', 'literature',
  'games', 'sport', 'agriculture',
], 1);

// Where applicants may be based, by the funder's reach, commonest first: most national programs
// are open nationally, a few only to one capital or to coastal towns.
const ELIGIBILITY_BY_JURISDICTION: Readonly<Record<Jurisdiction, readonly Weighted<LocationEligibility>[]>> = {
  melbourne: zipf(['melbourne_metro']),
  local: zipf(['melbourne_metro', 'coastal'], 1.6),
  victoria: zipf(['victoria', 'regional_victoria', 'melbourne_metro', 'coastal'], 1.6),
  national: zipf(['national', 'international', 'regional_australia', 'sydney', 'brisbane', 'perth', 'adelaide', 'coastal'], 1.6),
};

/** Tags that a focus always suggests, before a random pick. */
const FOCUS_TAGS: Partial<Record<IndustryFocus, string>> = {
  first_nations: 'first-nations', environment: 'climate', health: 'mental-health', community: 'community-engagement',
  digital_media: 'digital-innovation', games: 'digital-innovation', documentary: 'social-impact',
};

/**
 * `count` grant programs from the real funders, with deadlines over the past years and the coming one, and
 * tags, one at a time: a stream seeded alike gives the same programs on every pass, so the seed
 * can read the facts first and write the rows later without holding them.
 */
export function* grantPrograms(faker: Faker, refDate: Date, refs: ReferenceIds, count: number, creatorIds: number[]): Generator<GrantProgram> {
  for (let id = 1; id <= count; id++) {
    const funder = faker.helpers.arrayElement(refs.funders);
    const focus = faker.helpers.weightedArrayElement(FOCUS_WEIGHTS);
    const noun = faker.helpers.arrayElement(GRANT_TITLE_PARTS[focus].nouns);
    const deadline = pickDeadline(faker, refDate);
    const status = statusFor(deadline, refDate);
    const title = `${funder.name} ${noun} ${roundName(faker, deadline, refDate)}`;
    const amountMin = faker.number.int({ min: 2, max: 40 }) * 1000;
    const amountMax = amountMin * faker.helpers.arrayElement([2, 3, 4, 5, 8, 10]);
    const created = stamps(faker, refDate, deadline ? Math.max(5, -daysFrom(refDate, deadline) + faker.number.int({ min: 30, max: 120 })) : faker.number.int({ min: 30, max: 500 }));
    const row: Row = {
      id, ...created, funder_id: funder.id, created_by_id: faker.datatype.boolean(0.7) ? faker.helpers.arrayElement(creatorIds) : null,
      title, description: [...faker.helpers.arrayElements(GRANT_DESCRIPTION_SENTENCES[focus], { min: 2, max: 3 }), timing(status, deadline, refDate)].join(' '),
      amount_min: amountMin.toFixed(2), amount_max: amountMax.toFixed(2), deadline: deadline ? isoDay(deadline) : null, status,
      industry_focus: focus, location_eligibility: faker.helpers.weightedArrayElement(ELIGIBILITY_BY_JURISDICTION[funder.jurisdiction]),
      source_url: `${funder.website.replace(/\/$/, '')}/funding/${id}`,
    };
    const links = pickTags(faker, refs, focus).map((tagId) => ({ grant_id: id, tag_id: tagId, ...created }));
    yield { row, links, facts: { id, focus, deadline, amountMin, amountMax } };
  }
}

function daysFrom(refDate: Date, date: Date): number {
  return Math.round((date.getTime() - refDate.getTime()) / 86_400_000);
}

// The round a title names follows its deadline, so at any reference date titles name the years
// around it: a financial year of funding (rounds pay out a few months after they close), or a
// numbered round of the deadline's year. Rolling programs name the current financial year.
function roundName(faker: Faker, deadline: Date | null, refDate: Date): string {
  const stage = faker.helpers.arrayElement(GRANT_STAGES);
  if (!deadline) return `– ${stage} ${financialYear(refDate)}`;
  if (faker.datatype.boolean(0.6)) return `– ${stage} ${financialYear(addDays(deadline, FUNDING_STARTS_DAYS))}`;
  return `${deadline.getUTCFullYear()} Round ${Math.floor(deadline.getUTCMonth() / 4) + 1}`;
}

// The sentence on dates, in the tense the reference date gives it.
function timing(status: GrantStatus, deadline: Date | null, refDate: Date): string {
  if (!deadline) return `Applications are accepted year-round throughout ${financialYear(refDate)}.`;
  if (status === 'closed') return `Applications for this round closed on ${longDate(deadline)}.`;
  if (status === 'upcoming') return `Applications open on ${longDate(addDays(deadline, -OPEN_DAYS))} and close on ${longDate(deadline)}.`;
  return `Applications close on ${longDate(deadline)}.`;
}

// How many years of closed rounds a platform keeps listing: its scrapers never delete one.
const HISTORY_DAYS = 6 * 365;

// As on a real grants platform, most programs are closed rounds of past years; a few percent are
// rolling, about 8% open now (closing within a month or within five), and a few announced for later.
function pickDeadline(faker: Faker, refDate: Date): Date | null {
  const band = faker.helpers.weightedArrayElement([
    { weight: 5, value: 'none' }, { weight: 84, value: 'past' }, { weight: 2, value: 'soon' },
    { weight: 6, value: 'open' }, { weight: 3, value: 'later' },
  ] as const);
  if (band === 'none') return null;
  const [min, max] = { past: [-HISTORY_DAYS, -1], soon: [0, 30], open: [31, 150], later: [151, 365] }[band];
  return addDays(refDate, faker.number.int({ min, max }));
}

/** The status a deadline implies: no deadline is rolling, a passed one closed, a far one not open yet. */
export function statusFor(deadline: Date | null, refDate: Date): GrantStatus {
  if (!deadline) return 'rolling';
  const days = daysFrom(refDate, deadline);
  if (days < 0) return 'closed';
  return days > 150 ? 'upcoming' : 'open';
}

function pickTags(faker: Faker, refs: ReferenceIds, focus: IndustryFocus): number[] {
  const slugs = new Set<string>(faker.helpers.arrayElements(TAGS, { min: 0, max: 2 }).map((t) => t.slug));
  const suggested = FOCUS_TAGS[focus];
  if (suggested) slugs.add(suggested);
  if (slugs.size === 0) slugs.add(faker.helpers.arrayElement(TAGS).slug);
  return [...slugs].map((slug) => refs.tagIdBySlug.get(slug)!).sort((a, b) => a - b);
}
