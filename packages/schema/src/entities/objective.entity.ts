import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Organisation } from './organisation.entity.ts';
import { KeyResult } from './key-result.entity.ts';

const ObjectiveSchema = defineEntity({
  name: 'Objective',
  tableName: 'objectives',
  properties: {
    ...standardColumns,
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade'),
    code: p.text(),
    title: p.text(),
    description: p.text().nullable(),
    periodStart: p.date(),
    periodEnd: p.date(),
    keyResults: () => p.oneToMany(KeyResult).mappedBy('objective'),
  },
  uniques: [{ name: 'uq_objectives_organisation_id_code', properties: ['organisation', 'code'] }],
  checks: [{ name: 'ck_objectives_period', expression: 'period_end >= period_start' }],
});

/** An OKR objective of an organisation, coded like "4". */
export class Objective extends ObjectiveSchema.class {}
ObjectiveSchema.setClass(Objective);
