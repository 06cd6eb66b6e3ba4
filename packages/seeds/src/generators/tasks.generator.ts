import type { Faker } from '@faker-js/faker';
import type { ProjectKind, TaskPriority, TaskStatus } from '@navimpact/schema';
import type { Row } from '../dataset.ts';
import { addDays, atHour, daysBetween, isoDay, parseDay } from '../dates.ts';
import type { OpenApplications } from './applications.generator.ts';
import type { GrantTitles } from './_grant-titles.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';
import { busyMember } from './_long-tail.ts';

const WORK: Readonly<Record<ProjectKind | 'common', readonly string[]>> = {
  common: ['Update production budget', 'Confirm insurance certificate', 'Book crew for next block', 'Send progress report to partners', 'Review legal clearances', 'Plan community screening'],
  documentary: ['Schedule interview with elder', 'Clear archival footage', 'Log rushes from field shoot', 'Lock assembly edit', 'Book colour grade', 'Draft impact campaign plan'],
  web_series: ['Finalise episode scripts', 'Cast supporting roles', 'Scout locations', 'Deliver rough cut of episode', 'Plan release schedule', 'Commission key art'],
  podcast: ['Record episode interview', 'Edit episode audio', 'Write show notes', 'Brief mental health adviser', 'Publish episode trailer', 'Pitch to podcast networks'],
  short_film: ['Lock shooting script', 'Confirm cultural consultant', 'Book sound mix', 'Submit to festivals', 'Deliver DCP', 'Arrange cast and crew screening'],
  feature_film: ['Finalise finance plan'],
  interactive: ['Prototype location trigger', 'Write branching story outline', 'User test with locals'],
};

/**
 * Tasks for every project, most of them on its busiest members, with statuses that fit their due dates; grant
 * work links to open applications (`grantTitles` names their grants). Yields each task's row for
 * the caller to complete and add: its time entries and comments come from it.
 */
export function* generateTasks(faker: Faker, refDate: Date, projects: ProjectFacts[], applications: OpenApplications, grantTitles: GrantTitles, perProject: number, grantsManagerId: number): Generator<Row> {
  let id = 0;
  for (const project of projects) {
    const count = project.status === 'active' ? perProject : Math.ceil(perProject / 3);
    for (let i = 0; i < count; i++) {
      const due = parseDay(isoDay(faker.date.between({ from: project.startDate, to: project.endDate })));
      yield task(++id, faker, refDate, project, faker.helpers.arrayElement([...WORK[project.kind], ...WORK.common]), due, busyMember(faker, project.memberIds));
    }
  }
  for (const application of applications) {
    const project = projects.find((p) => p.id === application.projectId)!;
    const rolling = Number.isNaN(application.deadlineTime);
    const due = rolling ? addDays(refDate, faker.number.int({ min: 5, max: 30 })) : addDays(new Date(application.deadlineTime), -faker.number.int({ min: 2, max: 10 }));
    yield { ...task(++id, faker, refDate, project, `Prepare budget and support letters: ${grantTitles.get(application.grantId)!}`, due, grantsManagerId), grant_application_id: application.id };
  }
}

function task(id: number, faker: Faker, refDate: Date, project: ProjectFacts, title: string, due: Date, assigneeId: number): Row {
  const status = statusFor(faker, daysBetween(refDate, due), project.status);
  // Planned work was written down before today, however far off it is due.
  const createdAt = earliest(atHour(due, -faker.number.int({ min: 7, max: 60 }), 9), atHour(refDate, -faker.number.int({ min: 1, max: 20 }), 9));
  const completedAt = status === 'done' ? latest(atHour(due, -faker.number.int({ min: 0, max: 3 }), 16), createdAt) : null;
  return {
    id, created_at: createdAt, updated_at: completedAt ?? createdAt, project_id: project.id,
    assigned_to_id: faker.datatype.boolean(0.9) ? assigneeId : null, created_by_id: project.ownerId, grant_application_id: null,
    title, description: null, status, priority: priorityFor(faker, daysBetween(refDate, due)),
    due_date: isoDay(due), completed_at: completedAt,
  };
}

function earliest(a: Date, b: Date): Date {
  return a < b ? a : b;
}

function latest(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function statusFor(faker: Faker, daysUntilDue: number, projectStatus: ProjectFacts['status']): TaskStatus {
  if (projectStatus === 'completed') return 'done';
  if (daysUntilDue < 0) return faker.helpers.weightedArrayElement([{ weight: 85, value: 'done' }, { weight: 10, value: 'in_progress' }, { weight: 5, value: 'blocked' }] as const);
  if (daysUntilDue <= 14) return faker.helpers.weightedArrayElement([{ weight: 50, value: 'in_progress' }, { weight: 40, value: 'todo' }, { weight: 10, value: 'blocked' }] as const);
  return faker.helpers.weightedArrayElement([{ weight: 85, value: 'todo' }, { weight: 15, value: 'in_progress' }] as const);
}

function priorityFor(faker: Faker, daysUntilDue: number): TaskPriority {
  if (daysUntilDue >= 0 && daysUntilDue <= 7) return faker.helpers.arrayElement(['high', 'urgent'] as const);
  return faker.helpers.weightedArrayElement([{ weight: 30, value: 'low' }, { weight: 50, value: 'medium' }, { weight: 20, value: 'high' }] as const);
}
