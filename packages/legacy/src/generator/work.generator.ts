import { DAMAGE_RATES as R } from './_plan.ts';
import { DAY_MS, Rng, stamp } from './_random.ts';
import type { WeightedTable } from './_random.ts';
import { linkRows } from './people.generator.ts';
import type { Cell } from './_copy.ts';
import type { GenContext } from './_plan.ts';
import type { TableGenerator } from './_table.ts';

const VERBS = ['Draft', 'Review', 'Edit', 'Book', 'Send', 'Schedule', 'Research', 'Budget', 'Submit', 'Transcribe', 'Colour grade', 'Pitch'];
const OBJECTS = ['rough cut', 'grant application', 'interview schedule', 'impact report', 'location permits', 'music licences',
  'social posts', 'acquittal', 'press kit', 'budget variance', 'release forms', 'subtitles'];

const TASK_STATUSES: WeightedTable<string> = [['TODO', 25], ['IN_PROGRESS', 20], ['REVIEW', 8], ['DONE', 42], ['BLOCKED', 5]];
const TASK_PRIORITIES: WeightedTable<string> = [['LOW', 20], ['MEDIUM', 50], ['HIGH', 25], ['URGENT', 5]];
const MENTION_COUNTS: WeightedTable<number> = [[0, 70], [1, 22], [2, 8]];

/** tasks: enum names (REVIEW included), a few very busy assignees, NULL timestamps from raw inserts. */
export const generateTasks: TableGenerator = (ctx) => ({
  table: 'tasks',
  columns: ['id', 'title', 'status', 'priority', 'estimated_hours', 'actual_hours', 'due_date', 'completed_at', 'created_at', 'updated_at',
    'project_id', 'creator_id', 'assignee_id'],
  rows: taskRows(ctx),
});

function* taskRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:tasks');
  const { users, projects } = ctx.counts;
  for (let id = 1; id <= ctx.counts.tasks; id++) {
    const status = rng.weighted(TASK_STATUSES);
    const created = ctx.refMs - rng.int(1, 700) * DAY_MS;
    const none = rng.chance(R.taskNoTimestamps);
    yield [id, `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`, status, rng.weighted(TASK_PRIORITIES),
      rng.chance(0.6) ? rng.int(1, 40) : null, rng.int(0, 50), rng.chance(0.7) ? stamp(created + rng.int(3, 60) * DAY_MS) : null,
      status === 'DONE' ? stamp(created + rng.int(1, 60) * DAY_MS) : null, none ? null : stamp(created),
      none ? null : stamp(created + rng.int(0, 30) * DAY_MS), rng.skewed(projects, 2), rng.chance(0.1) ? null : rng.active(users),
      rng.chance(0.15) ? null : rng.active(users)];
  }
}

/** task_tags: FK-clean links, distinct pairs by construction. */
export const generateTaskTags: TableGenerator = (ctx) => ({
  table: 'task_tags', columns: ['task_id', 'tag_id'], rows: linkRows(ctx.counts.task_tags, ctx.counts.tasks, ctx.counts.tags),
});

/** task_comments: threads on tasks; mentions are JSON lists of user ids as strings, a few naming nobody. */
export const generateComments: TableGenerator = (ctx) => ({
  table: 'task_comments', columns: ['id', 'content', 'task_id', 'user_id', 'parent_id', 'created_at', 'updated_at', 'mentions'], rows: commentRows(ctx),
});

function* commentRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:task_comments');
  const { users, tasks } = ctx.counts;
  for (let id = 1; id <= ctx.counts.task_comments; id++) {
    const at = stamp(ctx.refMs - rng.int(1, 700) * DAY_MS + rng.int(0, DAY_MS - 1));
    const mentions = Array.from({ length: rng.weighted(MENTION_COUNTS) }, () => String(rng.active(users)));
    if (rng.chance(R.mentionOrphan) || id === 2) mentions.push(String(users + rng.int(1, 500)));
    yield [id, rng.pick(['Done, see the drive.', 'Can we push this a week?', 'Looks good to me.', 'Waiting on the funder.', 'Uploaded v2.', 'Who has the release forms?']),
      rng.skewed(tasks, 2), rng.active(users), id > 1 && rng.chance(0.3) ? rng.int(1, id - 1) : null, at, at, JSON.stringify(mentions)];
  }
}

const EMOJIS = ['👍', '❤️', '🎬', '👀', '🙏', '😂', '🎉', '😬'];

/** reactions: unique (user, comment, emoji) by construction. */
export const generateReactions: TableGenerator = (ctx) => ({
  table: 'reactions', columns: ['id', 'emoji', 'user_id', 'comment_id'], rows: reactionRows(ctx),
});

function* reactionRows(ctx: GenContext): Generator<Cell[]> {
  const { users, task_comments: comments } = ctx.counts;
  const n = Math.min(ctx.counts.reactions, users * comments * EMOJIS.length);
  for (let j = 0; j < n; j++) {
    const comment = 1 + (j % comments);
    const level = Math.floor(j / comments);
    yield [j + 1, EMOJIS[Math.floor(level / users) % EMOJIS.length]!, 1 + ((level + comment) % users), comment];
  }
}

/** time_entries: most logged by a few people; a share imported without created_at, a few with negative minutes. */
export const generateTimeEntries: TableGenerator = (ctx) => ({
  table: 'time_entries', columns: ['id', 'duration_minutes', 'description', 'started_at', 'ended_at', 'created_at', 'task_id', 'user_id'],
  rows: timeRows(ctx),
});

function* timeRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:time_entries');
  const { users, tasks } = ctx.counts;
  for (let id = 1; id <= ctx.counts.time_entries; id++) {
    const start = ctx.refMs - rng.int(1, 700) * DAY_MS + rng.int(8, 17) * 3_600_000;
    const minutes = rng.int(10, 300);
    // A hand-corrected entry whose minutes were typed with a minus sign: the times stay right.
    const sign = rng.chance(R.timeEntryNegative) || id === 3 ? -1 : 1;
    yield [id, sign * minutes, rng.chance(0.4) ? rng.pick(['Editing', 'Interviews', 'Admin', 'Grant writing', 'Research']) : null, stamp(start),
      stamp(start + minutes * 60_000), rng.chance(R.timeEntryNoCreated) ? null : stamp(start + minutes * 60_000), rng.skewed(tasks, 2), rng.active(users)];
  }
}

/** metrics: named project measures over time. */
export const generateMetrics: TableGenerator = (ctx) => ({
  table: 'metrics', columns: ['id', 'project_id', 'name', 'value', 'unit', 'timestamp'], rows: metricRows(ctx),
});

function* metricRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:metrics');
  for (let id = 1; id <= ctx.counts.metrics; id++) {
    const [name, unit] = rng.pick([['episode_views', 'views'], ['volunteer_signups', 'people'], ['workshop_participants', 'people'], ['media_mentions', 'mentions']] as const);
    yield [id, rng.skewed(ctx.counts.projects, 2), name, rng.int(0, 50_000), unit, stamp(ctx.refMs - rng.int(1, 700) * DAY_MS)];
  }
}

/** program_logics: one logic model for some projects. */
export const generateProgramLogics: TableGenerator = (ctx) => ({
  table: 'program_logics', columns: ['id', 'project_id', 'input', 'output', 'outcome', 'impact'], rows: logicRows(ctx),
});

function* logicRows(ctx: GenContext): Generator<Cell[]> {
  for (let id = 1; id <= ctx.counts.program_logics; id++) {
    yield [id, 1 + ((id - 1) % ctx.counts.projects), 'Crew time, funding, partners', 'Films, workshops, clips', 'Audiences act', 'Communities change'];
  }
}
