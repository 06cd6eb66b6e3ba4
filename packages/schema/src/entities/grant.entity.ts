import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns } from './_base.ts';
import { Funder } from './funder.entity.ts';
import { User } from './user.entity.ts';
import { Tag } from './tag.entity.ts';
import { GrantTag } from './grant-tag.entity.ts';

/** A grant program's state, which the deadline decides: rolling programs have none. */
export const GRANT_STATUSES = ['upcoming', 'open', 'closed', 'rolling'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** The sector a program funds; the app filters grants by it. */
export const INDUSTRY_FOCUSES = [
  'screen', 'documentary', 'digital_media', 'music', 'games', 'literature', 'performing_arts',
  'visual_arts', 'community', 'environment', 'health', 'first_nations',
] as const;
export type IndustryFocus = (typeof INDUSTRY_FOCUSES)[number];

/** Where an applicant must be based; the app filters grants by it. */
export const LOCATION_ELIGIBILITIES = ['victoria', 'melbourne_metro', 'regional_victoria', 'national', 'international'] as const;
export type LocationEligibility = (typeof LOCATION_ELIGIBILITIES)[number];

const GrantSchema = defineEntity({
  name: 'Grant',
  tableName: 'grants',
  properties: {
    ...standardColumns,
    funder: () => p.manyToOne(Funder).deleteRule('restrict').index('ix_grants_funder_id'),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_grants_created_by_id'),
    title: p.text(),
    description: p.text().nullable(),
    amountMin: money(),
    amountMax: money(),
    deadline: p.date().nullable(),
    status: p.enum(GRANT_STATUSES),
    industryFocus: p.enum(INDUSTRY_FOCUSES).index('ix_grants_industry_focus'),
    locationEligibility: p.enum(LOCATION_ELIGIBILITIES).index('ix_grants_location_eligibility'),
    sourceUrl: p.text().nullable(),
    tags: () => p.manyToMany(Tag).pivotEntity(() => GrantTag),
  },
  indexes: [
    { name: 'ix_grants_status_deadline', properties: ['status', 'deadline'] },
    { name: 'ix_grants_deadline', properties: ['deadline'], where: { deadline: { $ne: null } } },
  ],
  checks: [{ name: 'ck_grants_amounts', expression: 'amount_min >= 0 and amount_max >= amount_min' }],
});

/** A grant program offered by a funder, with its amount range and deadline. */
export class Grant extends GrantSchema.class {}
GrantSchema.setClass(Grant);
