import type { Faker } from '@faker-js/faker';
import type { RowSink } from '../dataset.ts';
import { addComments } from './comments.generator.ts';
import type { ReferenceIds } from './reference.generator.ts';
import type { ShadowGoose } from './shadow-goose.generator.ts';
import { generateTasks } from './tasks.generator.ts';
import { addTimeEntries } from './time-entries.generator.ts';
import type { ApplicationsForTasks } from './_grant-flow.ts';

/**
 * Tasks with their time entries, tags, comments, mentions and reactions, one task at a time: the
 * task's row is complete (its hours come from its time entries) before the sink writes it, and
 * each table keeps drawing from its own stream in task order, as when they were built whole.
 */
export function* generateWork(sink: RowSink, stream: (name: string) => Faker, refDate: Date, refs: ReferenceIds, sge: ShadowGoose, names: Map<number, string>, applications: ApplicationsForTasks, perProject: number): Generator<void> {
  const times = stream('time-entries');
  const talk = stream('comments');
  const grantsManagerId = sge.userIdByRole.get('grants_manager')!;
  for (const task of generateTasks(stream('tasks'), refDate, sge.projects, applications.open, applications.grantTitles, perProject, grantsManagerId)) {
    sink.add('tasks', task);
    addTimeEntries(sink, times, refDate, sge.projects, task);
    addComments(sink, talk, refDate, sge.projects, refs, names, task);
    yield;
  }
}
