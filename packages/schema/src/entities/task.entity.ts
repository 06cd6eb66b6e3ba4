import { defineEntity, p } from '@mikro-orm/core';
import { jsonDocument, standardColumns } from './_base.ts';
import { Project } from './project.entity.ts';
import { User } from './user.entity.ts';
import { GrantApplication } from './grant-application.entity.ts';
import { Tag } from './tag.entity.ts';
import { TaskTag } from './task-tag.entity.ts';

/** A task's progress; `review` is the real app's step between work and done. */
export const TASK_STATUSES = ['todo', 'in_progress', 'review', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How soon a task matters. */
export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** A file attached to a task, as the app stores it: a name and where it lives. */
export interface TaskAttachment {
  name: string;
  url: string;
}

// Hours, not minutes: what people estimate in; two decimals hold any sum of whole-minute time entries to the minute.
const hours = () => p.decimal('number').precision(6).scale(2);

const TaskSchema = defineEntity({
  name: 'Task',
  tableName: 'tasks',
  properties: {
    ...standardColumns,
    project: () => p.manyToOne(Project).deleteRule('cascade').index('ix_tasks_project_id'),
    assignedTo: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_tasks_created_by_id'),
    grantApplication: () =>
      p.manyToOne(GrantApplication).nullable().deleteRule('set null').index('ix_tasks_grant_application_id'),
    title: p.text(),
    description: p.text().nullable(),
    status: p.enum(TASK_STATUSES).default('todo'),
    priority: p.enum(TASK_PRIORITIES).default('medium'),
    dueDate: p.date().nullable(),
    completedAt: p.datetime().columnType('timestamptz').nullable(),
    estimatedHours: hours().nullable(),
    actualHours: hours().default(0),
    attachments: jsonDocument<TaskAttachment[]>('[]'),
    tags: () => p.manyToMany(Tag).pivotEntity(() => TaskTag),
  },
  indexes: [{ name: 'ix_tasks_assigned_to_id_status', properties: ['assignedTo', 'status'] }],
  checks: [{ name: 'ck_tasks_hours', expression: 'estimated_hours >= 0 and actual_hours >= 0' }],
});

/** A piece of work on a project, optionally for a grant application. */
export class Task extends TaskSchema.class {}
TaskSchema.setClass(Task);
