import { defineEntity, p } from '@mikro-orm/core';
import { timestampColumns } from './_base.ts';
import { Task } from './task.entity.ts';
import { Tag } from './tag.entity.ts';

const TaskTagSchema = defineEntity({
  name: 'TaskTag',
  tableName: 'task_tags',
  properties: {
    task: () => p.manyToOne(Task).primary().deleteRule('cascade'),
    tag: () => p.manyToOne(Tag).primary().deleteRule('cascade').index('ix_task_tags_tag_id'),
    ...timestampColumns,
  },
});

/** The link between a task and one of its tags; the pair is the key. */
export class TaskTag extends TaskTagSchema.class {}
TaskTagSchema.setClass(TaskTag);
