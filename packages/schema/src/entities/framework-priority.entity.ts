import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Framework } from './framework.entity.ts';

const FrameworkPrioritySchema = defineEntity({
  name: 'FrameworkPriority',
  tableName: 'framework_priorities',
  properties: {
    ...standardColumns,
    framework: () => p.manyToOne(Framework).deleteRule('cascade'),
    code: p.text(),
    title: p.text(),
  },
  uniques: [{ name: 'uq_framework_priorities_framework_id_code', properties: ['framework', 'code'] }],
});

/** One priority or focus area of a framework. */
export class FrameworkPriority extends FrameworkPrioritySchema.class {}
FrameworkPrioritySchema.setClass(FrameworkPriority);
