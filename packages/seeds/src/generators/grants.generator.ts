import type { Faker } from '@faker-js/faker';
import type { GrantStatus, IndustryFocus, Jurisdiction, LocationEligibility } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { addDays, isoDay } from '../dates.ts';
import { GRANT_DESCRIPTION_SENTENCES, GRANT_STAGES, GRANT_TITLE_PARTS, TAGS } from '../reference/index.ts';
import { stamps } from './_stamps.ts';
import type { ReferenceIds } from './reference.generator.ts';
import type { SeededIndustryFocus } from '../reference/index.ts';

/** A generated grant with what the applications generator needs. */
export interface GrantFacts {
  id: number;
  title: string;
  focus: IndustryFocus;
  status: GrantStatus;
  deadline: Date | null;
  amountMin: number;
  amountMax: number;
}

const FOCUS_WEIGHTS: readonly { weight: number; value: SeededIndustryFocus }[] = [
  { weight: 3, value: 'screen' }, { weight: 3, value: 'documentary' }, { weight: 3, value: 'digital_media' },
  { weight: 2, value: 'community' }, { weight: 2, value: 'environment' }, { weight: 2, value: 'health' },
  { weight: 2, value: 'first_nations' }, { weight: 1, value: 'music' }, { weight: 1, value: 'games' },
  { weight: 1, value: 'literature' }, { weight: 1, value: 'performing_arts' }, { weight: 1, value: 'visual_arts' },
];

const ELIGIBILITY_BY_JURISDICTION: Readonly<Record<Jurisdiction, readonly LocationEligibility[]>> = {
  melbourne: ['melbourne_metro'],
  local: ['melbourne_metro'],
  victoria: ['victoria', 'victoria', 'regional_victoria', 'melbourne_metro'],
  national: ['national', 'national', 'national', 'international'],
};

/** Tags that a focus always suggests, before a random pick. */
const FOCUS_TAGS: Partial<Record<IndustryFocus, string>> = {
  first_nations: 'first-nations', environment: 'climate', health: 'mental-health', community: 'community-engagement',
  digital_media: 'digital-innovation', games: 'digital-innovation', documentary: 'social-impact',
};

/** `count` grant programs from the real funders, with deadlines spread around the reference date and tags. */
export function generateGrants(dataset: Dataset, faker: Faker, refDate: Date, refs: ReferenceIds, count: number, creatorIds: number[]): GrantFacts[] {
  const grants: Row[] = [];
  const links: Row[] = [];
  const facts: GrantFacts[] = [];
  for (let id = 1; id <= count; id++) {
    const funder = faker.helpers.arrayElement(refs.funders);
    const focus = faker.helpers.weightedArrayElement(FOCUS_WEIGHTS);
    const noun = faker.helpers.arrayElement(GRANT_TITLE_PARTS[focus].nouns);
    const title = `${funder.name} ${noun} – ${faker.helpers.arrayElement(GRANT_STAGES)} ${faker.number.int({ min: 2025, max: 2027 })}`;
    const deadline = pickDeadline(faker, refDate);
    const status = statusFor(deadline, refDate);
    const amountMin = faker.number.int({ min: 2, max: 40 }) * 1000;
    const amountMax = amountMin * faker.helpers.arrayElement([2, 3, 4, 5, 8, 10]);
    const created = stamps(faker, refDate, deadline ? Math.max(5, -daysFrom(refDate, deadline) + faker.number.int({ min: 30, max: 120 })) : faker.number.int({ min: 30, max: 500 }));
    grants.push({
      id, ...created, funder_id: funder.id, created_by_id: faker.datatype.boolean(0.7) ? faker.helpers.arrayElement(creatorIds) : null,
      title, description: faker.helpers.arrayElements(GRANT_DESCRIPTION_SENTENCES[focus], { min: 2, max: 3 }).join(' '),
      amount_min: amountMin.toFixed(2), amount_max: amountMax.toFixed(2), deadline: deadline ? isoDay(deadline) : null, status,
      industry_focus: focus, location_eligibility: faker.helpers.arrayElement(ELIGIBILITY_BY_JURISDICTION[funder.jurisdiction]),
      source_url: `${funder.website.replace(/\/$/, '')}/funding/${id}`,
    });
    for (const tagId of pickTags(faker, refs, focus)) links.push({ grant_id: id, tag_id: tagId, ...created });
    facts.push({ id, title, focus, status, deadline, amountMin, amountMax });
  }
  addRows(dataset, 'grants', grants);
  addRows(dataset, 'grant_tags', links);
  return facts;
}

function daysFrom(refDate: Date, date: Date): number {
  return Math.round((date.getTime() - refDate.getTime()) / 86_400_000);
}

// Rolling programs, past rounds, rounds closing within a month, open rounds, and rounds opening later.
function pickDeadline(faker: Faker, refDate: Date): Date | null {
  const band = faker.helpers.weightedArrayElement([
    { weight: 15, value: 'none' }, { weight: 35, value: 'past' }, { weight: 15, value: 'soon' },
    { weight: 25, value: 'open' }, { weight: 10, value: 'later' },
  ] as const);
  if (band === 'none') return null;
  const [min, max] = { past: [-400, -1], soon: [0, 30], open: [31, 150], later: [151, 365] }[band];
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
