import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Task } from './task.entity.ts';
import { User } from './user.entity.ts';

const at = () => p.datetime().columnType('timestamptz');

const TimeEntrySchema = defineEntity({
  name: 'TimeEntry',
  tableName: 'time_entries',
  properties: {
    ...standardColumns,
    task: () => p.manyToOne(Task).deleteRule('cascade').index('ix_time_entries_task_id'),
    // SET NULL, not the real app's CASCADE: the hours stay on the task, whose actual hours they make up,
    // after the person who logged them is gone.
    user: () => p.manyToOne(User).nullable().deleteRule('set null'),
    startedAt: at(),
    endedAt: at(),
    durationMinutes: p.integer(),
    description: p.text().nullable(),
  },
  indexes: [{ name: 'ix_time_entries_user_id_started_at', properties: ['user', 'startedAt'] }],
  checks: [
    { name: 'ck_time_entries_period', expression: 'ended_at >= started_at and duration_minutes >= 0' },
  ],
});

/** Time a person logged on a task; a task's entries add up to its actual hours. */
export class TimeEntry extends TimeEntrySchema.class {}
TimeEntrySchema.setClass(TimeEntry);
