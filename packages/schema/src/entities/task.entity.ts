import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Project } from './project.entity.ts';
import { User } from './user.entity.ts';
import { GrantApplication } from './grant-application.entity.ts';

/** A task's progress. */
export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How soon a task matters. */
export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

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
  },
  indexes: [{ name: 'ix_tasks_assigned_to_id_status', properties: ['assignedTo', 'status'] }],
});

/** A piece of work on a project, optionally for a grant application. */
export class Task extends TaskSchema.class {}
TaskSchema.setClass(Task);
