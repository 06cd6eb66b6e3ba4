import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';

const TagSchema = defineEntity({
  name: 'Tag',
  tableName: 'tags',
  properties: {
    ...standardColumns,
    name: p.text(),
    slug: p.text().unique('uq_tags_slug'),
  },
});

/** A label for filtering grants (first-nations, regional, climate …). */
export class Tag extends TagSchema.class {}
TagSchema.setClass(Tag);
