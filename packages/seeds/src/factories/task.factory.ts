import type { EntityData } from '@mikro-orm/core';
import { Project, Task, TASK_PRIORITIES, TASK_STATUSES } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { ProjectFactory } from './project.factory.ts';
import { UserFactory } from './organisation.factory.ts';

/** Makes tasks; the assignee belongs to the project's organisation and the project's owner created it. */
export class TaskFactory extends NavImpactFactory<Task> {
  readonly model = Task;

  protected definition(input?: EntityData<Task>): EntityData<Task> {
    const project = this.related<Project>(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne());
    return {
      project,
      assignedTo: this.related(input, 'assignedTo', () => new UserFactory(this.em, this.ctx).makeOne({ organisation: project.organisation })),
      createdBy: project.owner,
      title: this.faker.hacker.phrase(),
      status: this.faker.helpers.arrayElement(TASK_STATUSES),
      priority: this.faker.helpers.arrayElement(TASK_PRIORITIES),
      dueDate: isoDay(addDays(this.ctx.refDate, this.faker.number.int({ min: -30, max: 60 }))),
      // Actual hours start at zero: time entries made by the factory set add theirs.
      estimatedHours: this.faker.number.int({ min: 2, max: 48 }) / 4,
      actualHours: 0,
      ...input,
    };
  }
}
