import type { Faker } from '@faker-js/faker';
import type { Row, RowSink } from '../dataset.ts';
import { addDays, atHour, daysBetween, isoDay, parseDay } from '../dates.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';
import { busyMember } from './_long-tail.ts';

const NOTES = ['First pass', 'Follow-up after feedback', 'Calls and emails', 'Drafting', 'Review with the team', null, null];

/**
 * Estimates for a task, and for work that has started, time entries in quarter hours that add
 * up exactly to the task's actual hours (two decimals hold any sum of quarter hours). Some tasks
 * nearly done move to `review`, the real app's step before done.
 */
export function addTimeEntries(sink: RowSink, faker: Faker, refDate: Date, projects: ProjectFacts[], task: Row): void {
  const estimateQuarters = faker.number.int({ min: 2, max: 48 });
  task.estimated_hours = faker.datatype.boolean(0.9) ? estimateQuarters / 4 : null;
  if (task.status === 'in_progress' && faker.datatype.boolean(0.25)) task.status = 'review';
  task.attachments = faker.datatype.boolean(0.15) ? JSON.stringify([{ name: `${String(task.title).slice(0, 24).trim()}.pdf`, url: `https://drive.shadowgoose.com.au/tasks/${task.id}.pdf` }]) : '[]';
  const started = task.status !== 'todo';
  const createdAt = task.created_at as Date;
  const end = (task.completed_at as Date | null) ?? atHour(refDate, -1, 18);
  const span = Math.max(0, daysBetween(createdAt, end));
  const members = projects.find((p) => p.id === task.project_id)!.memberIds;
  // Finished work took about its estimate (sometimes half again); work under way has used part of it.
  const share = task.status === 'done' ? faker.number.float({ min: 0.6, max: 1.5 }) : task.status === 'review' ? faker.number.float({ min: 0.7, max: 1.1 }) : faker.number.float({ min: 0.1, max: 0.7 });
  let remaining = started ? Math.max(1, Math.round(estimateQuarters * share)) : 0;
  let quarters = 0;
  while (remaining > 0) {
    const q = Math.min(remaining, faker.number.int({ min: 2, max: 12 }));
    remaining -= q;
    const day = parseDay(isoDay(addDays(createdAt, faker.number.int({ min: 0, max: span }))));
    const from = new Date(Math.max(createdAt.getTime(), atHour(day, 0, faker.number.int({ min: 9, max: 14 }), faker.helpers.arrayElement([0, 15, 30, 45])).getTime()));
    const to = new Date(from.getTime() + q * 15 * 60_000);
    if (to > refDate) continue;
    quarters += q;
    sink.add('time_entries', {
      id: sink.count('time_entries') + 1, created_at: to, updated_at: to, task_id: Number(task.id),
      user_id: (task.assigned_to_id as number | null) ?? busyMember(faker, members),
      started_at: from, ended_at: to, duration_minutes: q * 15, description: faker.helpers.arrayElement(NOTES),
    });
  }
  task.actual_hours = quarters / 4;
}
