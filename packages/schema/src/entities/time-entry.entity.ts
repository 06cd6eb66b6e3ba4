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
    // NO ACTION: logged hours are acquittal evidence, so a person who logged time is deactivated, not deleted;
    // checked at the end of the statement, so deleting a whole organisation (tasks and all) still works.
    user: () => p.manyToOne(User).deleteRule('no action'),
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
