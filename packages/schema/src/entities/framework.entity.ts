import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { FrameworkPriority } from './framework-priority.entity.ts';

const FrameworkSchema = defineEntity({
  name: 'Framework',
  tableName: 'frameworks',
  properties: {
    ...standardColumns,
    slug: p.text().unique('uq_frameworks_slug'),
    name: p.text(),
    owner: p.text(),
    url: p.text().nullable(),
    summary: p.text().nullable(),
    priorities: () => p.oneToMany(FrameworkPriority).mappedBy('framework'),
  },
});

/** A Victorian Government strategy that projects align with (Creative State 2025 …). */
export class Framework extends FrameworkSchema.class {}
FrameworkSchema.setClass(Framework);
