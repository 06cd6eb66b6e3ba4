import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { TaskComment } from './task-comment.entity.ts';
import { User } from './user.entity.ts';

const ReactionSchema = defineEntity({
  name: 'Reaction',
  tableName: 'reactions',
  properties: {
    ...standardColumns,
    comment: () => p.manyToOne(TaskComment).deleteRule('cascade'),
    // A reaction is its author's own mark, worth nothing without them.
    user: () => p.manyToOne(User).deleteRule('cascade').index('ix_reactions_user_id'),
    emoji: p.text(),
  },
  // Led by comment_id (the real key led by user_id), so the same index lists a comment's reactions.
  uniques: [{ name: 'uq_reactions_comment_id_user_id_emoji', properties: ['comment', 'user', 'emoji'] }],
});

/** One user's emoji on one comment, at most once per emoji. */
export class Reaction extends ReactionSchema.class {}
ReactionSchema.setClass(Reaction);
