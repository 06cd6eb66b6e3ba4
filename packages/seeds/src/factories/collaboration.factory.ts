import type { EntityData } from '@mikro-orm/core';
import { Reaction, Task, TaskComment, TaskCommentMention, TimeEntry, User } from '@navimpact/schema';
import { NavImpactFactory } from './_base.factory.ts';
import { UserFactory } from './organisation.factory.ts';
import { TaskFactory } from './task.factory.ts';

/** A person of the task's project: its assignee, else the project's owner. */
function teamMember(task: Task): User {
  return task.assignedTo ?? task.project.owner;
}

/** Makes comments on a task, written by its assignee unless an author is given; replies take `parent`. */
export class TaskCommentFactory extends NavImpactFactory<TaskComment> {
  readonly model = TaskComment;

  protected definition(input?: EntityData<TaskComment>): EntityData<TaskComment> {
    const task = this.related<Task>(input, 'task', () => new TaskFactory(this.em, this.ctx).makeOne());
    return { task, author: teamMember(task), content: this.faker.lorem.sentence(), ...input };
  }
}

/** Makes a mention of a person in a comment; the person is made in the comment's organisation when not given. */
export class TaskCommentMentionFactory extends NavImpactFactory<TaskCommentMention> {
  readonly model = TaskCommentMention;

  protected definition(input?: EntityData<TaskCommentMention>): EntityData<TaskCommentMention> {
    const comment = this.related<TaskComment>(input, 'comment', () => new TaskCommentFactory(this.em, this.ctx).makeOne());
    const organisation = comment.task.project.organisation;
    return { comment, user: this.related(input, 'user', () => new UserFactory(this.em, this.ctx).makeOne({ organisation })), ...input };
  }
}

/** Makes a team member's emoji on a comment. */
export class ReactionFactory extends NavImpactFactory<Reaction> {
  readonly model = Reaction;

  protected definition(input?: EntityData<Reaction>): EntityData<Reaction> {
    const comment = this.related<TaskComment>(input, 'comment', () => new TaskCommentFactory(this.em, this.ctx).makeOne());
    return { comment, user: teamMember(comment.task), emoji: this.faker.helpers.arrayElement(['👍', '🎉', '👀', '❤️', '✅']), ...input };
  }
}

/**
 * Makes quarter-hour time entries by the task's assignee, before the reference date, and adds
 * each to its task's actual hours so a task's entries keep adding up to them.
 */
export class TimeEntryFactory extends NavImpactFactory<TimeEntry> {
  readonly model = TimeEntry;

  protected definition(input?: EntityData<TimeEntry>): EntityData<TimeEntry> {
    const task = this.related<Task>(input, 'task', () => new TaskFactory(this.em, this.ctx).makeOne());
    const minutes = input?.durationMinutes === undefined ? this.faker.number.int({ min: 2, max: 16 }) * 15 : Number(input.durationMinutes);
    const startedAt = new Date(this.ctx.refDate.getTime() - this.faker.number.int({ min: 1, max: 60 }) * 86_400_000 + this.faker.number.int({ min: 9, max: 14 }) * 3_600_000);
    task.actualHours = Number(task.actualHours ?? 0) + minutes / 60;
    return {
      task, user: teamMember(task), startedAt, endedAt: new Date(startedAt.getTime() + minutes * 60_000),
      durationMinutes: minutes, description: this.faker.helpers.arrayElement(['Drafting', 'Calls and emails', 'Review with the team']), ...input,
    };
  }
}
