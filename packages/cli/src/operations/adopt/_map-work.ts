import { ARCHIVE } from './_copy-legacy.ts';
import { ALIGNMENT_MAPPING } from './_map-alignment.ts';
import type { Mapping } from './_mapping.ts';
import { ledger, utc } from './_sql.ts';

// Why a row whose parent did not become a V2 row stays behind: the parent was set aside, or never existed.
const parentGone = (what: string, id: string, archived: string) =>
  `case when ${archived} then format('${what} %s was set aside', ${id}) else format('${what} %s does not exist', ${id}) end`;

// project_tags and task_tags: tags follow CORE's merges; a pair that a merge makes twice merges too.
function tagLinks(table: 'project_tags' | 'task_tags', owner: 'project' | 'task'): string[] {
  const temp = `adopt_${table}`;
  return [
    `create temp table ${temp} as select l.${owner}_id as owner_id, l.tag_id, t.keep_id, (v.id is not null) as adopted, (lo.id is not null) as archived,
       row_number() over (partition by l.${owner}_id, t.keep_id order by l.tag_id) as n
     from ${ARCHIVE}.${table} l left join adopt_tags t on t.id = l.tag_id left join ${owner}s v on v.id = l.${owner}_id
     left join ${ARCHIVE}.${owner}s lo on lo.id = l.${owner}_id`,
    `insert into ${table} (${owner}_id, tag_id) select owner_id, keep_id from ${temp} where adopted and keep_id is not null and n = 1`,
    `${ledger} select '${table}', owner_id || '/' || tag_id, case when adopted and keep_id is not null then '${table}' end,
       case when adopted and keep_id is not null then owner_id end,
       case when not adopted or keep_id is null then 'set-aside' when n > 1 then 'merged' else 'mapped' end,
       case when not adopted then ${parentGone(owner, 'owner_id', 'archived')}
            when keep_id is null then format('tag %s does not exist', tag_id)
            when n > 1 then format('tag %s merged into %s, which ${owner} %s already has', tag_id, keep_id, owner_id)
            when tag_id <> keep_id then format('tag %s merged into %s', tag_id, keep_id) end from ${temp}`,
  ];
}

// Comments: a reply is adopted only when its whole thread above it is; authors follow merged users
// (an author who does not exist leaves author_id NULL, which V2 allows).
const COMMENTS = [
  `create temp table adopt_comments as
   with recursive kept as (
     select c.id from ${ARCHIVE}.task_comments c join tasks t on t.id = c.task_id where c.parent_id is null
     union all
     select c.id from ${ARCHIVE}.task_comments c join kept k on k.id = c.parent_id join tasks t on t.id = c.task_id)
   select c.*, u.keep_id as v2_author, (k.id is not null) as adopted, (t.id is not null) as has_task, (lt.id is not null) as archived
   from ${ARCHIVE}.task_comments c left join kept k on k.id = c.id left join adopt_users u on u.id = c.user_id
   left join tasks t on t.id = c.task_id left join ${ARCHIVE}.tasks lt on lt.id = c.task_id`,
  `insert into task_comments (id, created_at, updated_at, task_id, author_id, parent_id, content)
   select id, ${utc('created_at')}, ${utc('updated_at')}, task_id, v2_author, parent_id, content from adopt_comments where adopted`,
  `${ledger} select 'task_comments', id::text, case when adopted then 'task_comments' end, case when adopted then id end,
     case when adopted then 'mapped' else 'set-aside' end,
     case when not has_task then ${parentGone('task', 'task_id', 'archived')}
          when not adopted then format('replies to comment %s, which was not adopted', parent_id)
          else nullif(concat_ws('; ',
            case when v2_author is null then format('user_id %s names no user: author_id NULL', user_id) end,
            case when user_id <> v2_author then format('author %s merged into user %s', user_id, v2_author) end), '') end
   from adopt_comments`,
];

// Mentions: the JSON list of user ids as strings → task_comment_mentions; an element naming no user
// stays in the archive; a user mentioned twice (after merges) once.
const MENTIONS = [
  `create temp table adopt_mentions as
   select c.id as comment_id, e.m, c.adopted, u.keep_id as v2_user, row_number() over (partition by c.id, u.keep_id order by e.n) as k
   from adopt_comments c
   cross join lateral json_array_elements_text(case when json_typeof(c.mentions) = 'array' then c.mentions else '[]' end) with ordinality e(m, n)
   left join adopt_users u on u.id = case when e.m ~ '^[0-9]{1,9}$' then e.m::int end`,
  `insert into task_comment_mentions (comment_id, user_id) select comment_id, v2_user from adopt_mentions where adopted and v2_user is not null and k = 1`,
  `${ledger} select 'task_comments.mentions', comment_id || '/' || coalesce(m, 'null'),
     case when adopted and v2_user is not null then 'task_comment_mentions' end, case when adopted and v2_user is not null then comment_id end,
     case when not adopted or v2_user is null then 'set-aside' when k > 1 then 'merged' else 'mapped' end,
     case when not adopted then format('comment %s was set aside', comment_id)
          when v2_user is null then format('%L names no user: kept in ${ARCHIVE}.task_comments', m)
          when k > 1 then format('user %s is already mentioned in comment %s', v2_user, comment_id)
          when m <> v2_user::text then format('user %s merged into user %s', m, v2_user) end
   from adopt_mentions`,
];

const REACTIONS = [
  `create temp table adopt_reactions as select r.*, u.keep_id as v2_user, (c.id is not null) as adopted, (lc.id is not null) as archived,
     first_value(r.id) over (partition by r.comment_id, u.keep_id, r.emoji order by r.id) as keep_id
   from ${ARCHIVE}.reactions r left join adopt_users u on u.id = r.user_id left join task_comments c on c.id = r.comment_id
   left join ${ARCHIVE}.task_comments lc on lc.id = r.comment_id`,
  `insert into reactions (id, comment_id, user_id, emoji) select id, comment_id, v2_user, emoji from adopt_reactions
   where adopted and v2_user is not null and id = keep_id`,
  `${ledger} select 'reactions', id::text, case when adopted and v2_user is not null then 'reactions' end,
     case when adopted and v2_user is not null then keep_id end,
     case when not adopted or v2_user is null then 'set-aside' when id <> keep_id then 'merged' else 'mapped' end,
     case when not adopted then ${parentGone('comment', 'comment_id', 'archived')}
          when v2_user is null then format('user %s does not exist', user_id)
          when id <> keep_id then format('user %s merged into user %s, who already reacted %s: merged into reaction %s', user_id, v2_user, emoji, keep_id)
          when user_id <> v2_user then format('user %s merged into user %s', user_id, v2_user) end
   from adopt_reactions`,
];

// Time entries: the app wrote Melbourne wall-clock times (LEGACY_TABLES); an entry that ends before it
// starts is set aside (which end is wrong cannot be told), negative minutes between good times are
// recomputed from them, a missing created_at is the end of the entry.
const mel = (x: string) => `(${x} at time zone 'Australia/Melbourne')`;
const minutes = `round(extract(epoch from ended_at - started_at) / 60)::int`;
const TIME = [
  `create temp table adopt_time as select e.*, u.keep_id as v2_user, (t.id is not null) as adopted, (lt.id is not null) as archived,
     (e.ended_at < e.started_at) as inverted
   from ${ARCHIVE}.time_entries e left join adopt_users u on u.id = e.user_id left join tasks t on t.id = e.task_id
   left join ${ARCHIVE}.tasks lt on lt.id = e.task_id`,
  `insert into time_entries (id, created_at, updated_at, task_id, user_id, started_at, ended_at, duration_minutes, description)
   select id, coalesce(${mel('created_at')}, ${mel('ended_at')}), coalesce(${mel('created_at')}, ${mel('ended_at')}), task_id, v2_user,
     ${mel('started_at')}, ${mel('ended_at')}, case when duration_minutes < 0 then ${minutes} else duration_minutes end, description
   from adopt_time where adopted and not inverted`,
  `${ledger} select 'time_entries', id::text, case when adopted and not inverted then 'time_entries' end, case when adopted and not inverted then id end,
     case when adopted and not inverted then 'mapped' else 'set-aside' end,
     case when not adopted then ${parentGone('task', 'task_id', 'archived')}
          when inverted then format('ended_at %s is before started_at %s, which breaks ck_time_entries_period: set aside', ended_at, started_at)
          else nullif(concat_ws('; ',
            case when duration_minutes < 0 then format('duration_minutes %s is negative: %s, from started_at and ended_at', duration_minutes, ${minutes}) end,
            case when created_at is null then 'created_at NULL: ended_at' end,
            case when v2_user is null then format('user_id %s names no user: NULL', user_id) end,
            case when user_id <> v2_user then format('user %s merged into user %s', user_id, v2_user) end), '') end
   from adopt_time`,
];

/** The work and social tables after CORE: SDG and framework alignment, tags of projects and tasks, comment threads with mentions, reactions, time. */
export const WORK_MAPPINGS: readonly Mapping[] = [
  ALIGNMENT_MAPPING,
  { tables: ['project_tags'], needs: ['projects', 'tags'], steps: tagLinks('project_tags', 'project'), sequences: [] },
  { tables: ['task_tags'], needs: ['tasks', 'tags'], steps: tagLinks('task_tags', 'task'), sequences: [] },
  { tables: ['task_comments'], needs: ['tasks', 'users'], steps: [...COMMENTS, ...MENTIONS], sequences: ['task_comments'] },
  { tables: ['reactions'], needs: ['task_comments'], steps: REACTIONS, sequences: ['reactions'] },
  { tables: ['time_entries'], needs: ['tasks', 'users'], steps: TIME, sequences: ['time_entries'] },
];
