import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';

/** Who a funder is, which decides the paperwork its grants ask for. */
export const FUNDER_KINDS = ['government', 'philanthropic', 'corporate'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

/** The level of government or reach a funder works at. */
export const JURISDICTIONS = ['victoria', 'melbourne', 'local', 'national'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

const FunderSchema = defineEntity({
  name: 'Funder',
  tableName: 'funders',
  properties: {
    ...standardColumns,
    name: p.text(),
    slug: p.text().unique('uq_funders_slug'),
    kind: p.enum(FUNDER_KINDS),
    jurisdiction: p.enum(JURISDICTIONS),
    website: p.text().nullable(),
  },
});

/** A body that offers grant programs: an agency, a foundation or a company. */
export class Funder extends FunderSchema.class {}
FunderSchema.setClass(Funder);
