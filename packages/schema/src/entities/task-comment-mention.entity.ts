import { defineEntity, p } from '@mikro-orm/core';
import { timestampColumns } from './_base.ts';
import { TaskComment } from './task-comment.entity.ts';
import { User } from './user.entity.ts';

const TaskCommentMentionSchema = defineEntity({
  name: 'TaskCommentMention',
  tableName: 'task_comment_mentions',
  properties: {
    comment: () => p.manyToOne(TaskComment).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().deleteRule('cascade').index('ix_task_comment_mentions_user_id'),
    ...timestampColumns,
  },
});

/**
 * A user mentioned in a comment; a link table rather than the real app's JSON list of ids, so
 * every mention points at a real user and "where was I mentioned" is an index lookup.
 */
export class TaskCommentMention extends TaskCommentMentionSchema.class {}
TaskCommentMentionSchema.setClass(TaskCommentMention);
