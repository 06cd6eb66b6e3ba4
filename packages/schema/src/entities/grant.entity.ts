import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns, textList } from './_base.ts';
import { GRANT_SOURCES } from './_sources.ts';
import { Funder } from './funder.entity.ts';
import { User } from './user.entity.ts';
import { Tag } from './tag.entity.ts';
import { GrantTag } from './grant-tag.entity.ts';

/** A grant program's state, which the deadline decides: rolling programs have none. */
export const GRANT_STATUSES = ['upcoming', 'open', 'closed', 'rolling'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/**
 * The sector a program funds; the app filters grants by it. The first twelve are the screen and
 * arts sectors V2 was planned with; the rest hold what the real app's general scrapers write.
 */
export const INDUSTRY_FOCUSES = [
  'screen', 'documentary', 'digital_media', 'music', 'games', 'literature', 'performing_arts',
  'visual_arts', 'community', 'environment', 'health', 'first_nations',
  'arts', 'technology', 'business', 'research', 'education', 'sport', 'agriculture', 'general',
] as const;
export type IndustryFocus = (typeof INDUSTRY_FOCUSES)[number];

/** Where an applicant must be based; the app filters grants by it (its council scrapers reach other capitals). */
export const LOCATION_ELIGIBILITIES = [
  'victoria', 'melbourne_metro', 'regional_victoria', 'national', 'international',
  'sydney', 'brisbane', 'adelaide', 'perth', 'regional_australia', 'coastal',
] as const;
export type LocationEligibility = (typeof LOCATION_ELIGIBILITIES)[number];

const trgm = 'create index "ix_grants_title_description_trgm" on "grants" using gin ("title" gin_trgm_ops, "description" gin_trgm_ops)';
const gin = (column: string) => ({ name: `ix_grants_${column}`, expression: `create index "ix_grants_${column}" on "grants" using gin ("${column}")` });

const GrantSchema = defineEntity({
  name: 'Grant',
  tableName: 'grants',
  properties: {
    ...standardColumns,
    funder: () => p.manyToOne(Funder).deleteRule('restrict'),
    // Beside the funder, not instead of it: which scraper found the row ('manual' when a person typed it in).
    source: p.enum(GRANT_SOURCES).default('manual'),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_grants_created_by_id'),
    title: p.text(),
    description: p.text().nullable(),
    // Null where a program publishes no figure (many scraped ones do not).
    amountMin: money().nullable(),
    amountMax: money().nullable(),
    openDate: p.date().nullable(),
    deadline: p.date().nullable(),
    status: p.enum(GRANT_STATUSES),
    industryFocus: p.enum(INDUSTRY_FOCUSES),
    locationEligibility: p.enum(LOCATION_ELIGIBILITIES),
    eligibleOrgTypes: textList(),
    fundingPurposes: textList(),
    audienceTags: textList(),
    sourceUrl: p.text().nullable(),
    applicationUrl: p.text().nullable(),
    contactEmail: p.text().nullable(),
    notes: p.text().nullable(),
    tags: () => p.manyToMany(Tag).pivotEntity(() => GrantTag),
  },
  indexes: [
    // The grant finder filters by one of these and lists the soonest deadlines first (LIMIT 50):
    // with the deadline in the index it reads those 50 rows in order, however common the value.
    { name: 'ix_grants_funder_id_deadline', properties: ['funder', 'deadline'] },
    { name: 'ix_grants_source_deadline', properties: ['source', 'deadline'] },
    { name: 'ix_grants_industry_focus_deadline', properties: ['industryFocus', 'deadline'] },
    { name: 'ix_grants_location_eligibility_deadline', properties: ['locationEligibility', 'deadline'] },
    { name: 'ix_grants_status_deadline', properties: ['status', 'deadline'] },
    { name: 'ix_grants_deadline', properties: ['deadline'], where: { deadline: { $ne: null } } },
    { name: 'ix_grants_amount_min_amount_max', properties: ['amountMin', 'amountMax'] },
    // The grant search matches title or description anywhere in the text (ILIKE '%…%'), which only trigrams serve.
    { name: 'ix_grants_title_description_trgm', expression: trgm },
    gin('eligible_org_types'),
    gin('funding_purposes'),
    gin('audience_tags'),
  ],
  checks: [
    {
      name: 'ck_grants_amounts',
      expression: 'amount_min >= 0 and amount_max >= 0 and (amount_min is null or amount_max is null or amount_max >= amount_min)',
    },
  ],
});

/** A grant program offered by a funder, with its amount range, dates and eligibility. */
export class Grant extends GrantSchema.class {}
GrantSchema.setClass(Grant);
