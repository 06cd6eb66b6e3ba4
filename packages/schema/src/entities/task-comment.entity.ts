import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Task } from './task.entity.ts';
import { User } from './user.entity.ts';
import { TaskCommentMention } from './task-comment-mention.entity.ts';

const TaskCommentSchema = defineEntity({
  name: 'TaskComment',
  tableName: 'task_comments',
  properties: {
    ...standardColumns,
    task: () => p.manyToOne(Task).deleteRule('cascade'),
    // SET NULL, not the real app's CASCADE: removing a person must not delete the threads others replied in.
    author: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_task_comments_author_id'),
    // A reply goes with the comment it answers; without it the thread loses its context.
    parent: () => p.manyToOne(TaskComment).nullable().deleteRule('cascade').index('ix_task_comments_parent_id'),
    content: p.text(),
    mentions: () => p.oneToMany(TaskCommentMention).mappedBy('comment'),
  },
  indexes: [{ name: 'ix_task_comments_task_id_created_at', properties: ['task', 'createdAt'] }],
});

/** A comment on a task; replies point at their parent, so comments form threads. */
export class TaskComment extends TaskCommentSchema.class {}
TaskCommentSchema.setClass(TaskComment);
