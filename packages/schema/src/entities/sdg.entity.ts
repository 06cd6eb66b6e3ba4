import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';

const SdgSchema = defineEntity({
  name: 'Sdg',
  tableName: 'sdgs',
  properties: {
    ...standardColumns,
    number: p.smallint().unique('uq_sdgs_number'),
    title: p.text(),
    description: p.text(),
  },
  checks: [{ name: 'ck_sdgs_number', expression: 'number >= 1 and number <= 17' }],
});

/** One of the 17 UN Sustainable Development Goals. */
export class Sdg extends SdgSchema.class {}
SdgSchema.setClass(Sdg);
