import type { Faker } from '@faker-js/faker';
import type { Row, RowSink } from '../dataset.ts';
import { addDays, atHour, daysBetween, isoDay, parseDay } from '../dates.ts';
import type { ReferenceIds } from './reference.generator.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';
import { busyMember } from './_long-tail.ts';

const OPENERS = ['Can you take a look at this before Friday?', 'First draft is up in the shared drive.', 'Blocked on sign-off from the partner.', 'Quick update: this is moving, details below.', 'Notes from today\'s call attached.'];
const REPLIES = ['On it.', 'Looks good to me, a few small notes inline.', 'Can we push this a week? The edit is running long.', 'Done, thanks!', 'I\'ll chase them tomorrow.', 'Happy with this version.'];
const EMOJI = ['👍', '🎉', '👀', '❤️', '✅'];
const TASK_TAGS = ['social-impact', 'community-engagement', 'accessibility', 'education', 'skills-development', 'first-nations', 'sustainability'];

/** A task's comment thread if it has started, that mention other project members, reactions from the team, and task tags. */
export function addComments(sink: RowSink, faker: Faker, refDate: Date, projects: ProjectFacts[], refs: ReferenceIds, fullNames: Map<number, string>, task: Row): void {
  const members = projects.find((p) => p.id === task.project_id)!.memberIds;
  const createdAt = task.created_at as Date;
  if (faker.datatype.boolean(0.35)) {
    for (const slug of faker.helpers.arrayElements(TASK_TAGS, { min: 1, max: 2 }).sort()) sink.add('task_tags', { task_id: Number(task.id), tag_id: refs.tagIdBySlug.get(slug)!, created_at: createdAt, updated_at: createdAt });
  }
  if (task.status === 'todo' || !faker.datatype.boolean(0.6)) return;
  const span = Math.max(0, daysBetween(createdAt, addDays(refDate, -1)));
  let at = atHour(createdAt, 0, 0, faker.number.int({ min: 10, max: 120 }));
  let parent: number | null = null;
  for (let i = 0; i < faker.number.int({ min: 1, max: 4 }) && at < refDate; i++) {
    const author = busyMember(faker, members);
    const others = members.filter((m) => m !== author);
    const mentioned = i === 0 || faker.datatype.boolean(0.3) ? faker.helpers.arrayElements(others, { min: 1, max: Math.min(2, others.length) }) : [];
    const id = sink.count('task_comments') + 1;
    const text = faker.helpers.arrayElement(i === 0 ? OPENERS : REPLIES);
    sink.add('task_comments', {
      id, created_at: at, updated_at: at, task_id: Number(task.id), author_id: author, parent_id: parent,
      content: [...mentioned.map((m) => `@${fullNames.get(m)!.split(' ')[0]}`), text].join(' '),
    });
    for (const user of [...mentioned].sort((a, b) => a - b)) sink.add('task_comment_mentions', { comment_id: id, user_id: user, created_at: at, updated_at: at });
    for (const user of faker.helpers.arrayElements(others, { min: 0, max: 2 }).sort((a, b) => a - b)) {
      const reactedAt = new Date(at.getTime() + faker.number.int({ min: 5, max: 600 }) * 60_000);
      if (reactedAt < refDate) sink.add('reactions', { id: sink.count('reactions') + 1, created_at: reactedAt, updated_at: reactedAt, comment_id: id, user_id: user, emoji: faker.helpers.arrayElement(EMOJI) });
    }
    parent = parent ?? id;
    // Replies come during working hours, the same day or within a quarter of the task's life.
    const next = atHour(parseDay(isoDay(addDays(at, faker.number.int({ min: 0, max: Math.max(1, Math.round(span / 4)) })))), 0, faker.number.int({ min: 9, max: 17 }), faker.number.int(59));
    at = next > at ? next : new Date(at.getTime() + faker.number.int({ min: 20, max: 90 }) * 60_000);
  }
}
