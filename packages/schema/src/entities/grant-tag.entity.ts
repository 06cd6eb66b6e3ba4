import { defineEntity, p } from '@mikro-orm/core';
import { timestampColumns } from './_base.ts';
import { Grant } from './grant.entity.ts';
import { Tag } from './tag.entity.ts';

const GrantTagSchema = defineEntity({
  name: 'GrantTag',
  tableName: 'grant_tags',
  properties: {
    grant: () => p.manyToOne(Grant).primary().deleteRule('cascade'),
    tag: () => p.manyToOne(Tag).primary().deleteRule('cascade').index('ix_grant_tags_tag_id'),
    ...timestampColumns,
  },
});

/** The link between a grant and one of its tags; the pair is the key. */
export class GrantTag extends GrantTagSchema.class {}
GrantTagSchema.setClass(GrantTag);
