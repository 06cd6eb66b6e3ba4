import { textArray } from './_copy.ts';
import { DAMAGE_RATES as R } from './_plan.ts';
import { DAY_MS, fakerFor, Rng, stamp } from './_random.ts';
import type { Cell } from './_copy.ts';
import type { GenContext } from './_plan.ts';
import type { TableGenerator } from './_table.ts';

const HASH = '$2b$12$LQv3c1yqBWVHxkd0LHAkCOYz6TtxMQJqhN8/LewdBPj4J/HS.iK8i';
const JOB_TITLES: readonly (readonly [string | null, number])[] = [
  ['Producer', 20], ['Director', 8], ['Editor', 8], ['Researcher', 8], ['Impact Director', 2], ['Managing Director', 2],
  ['Grants Manager', 6], ['Intern', 10], ['Social Media Manager', 6], ['Volunteer', 5], ['Operations Officer', 5], [null, 20],
];
const ORGANISATIONS: readonly (readonly [string | null, number])[] = [
  ['Shadow Goose Entertainment', 40], ['Shadow Goose', 5], ['SGE', 3], [null, 30], ['Freelance', 12], ['Brimbank Community Hub', 5], ['Wildlife Victoria', 5],
];
const SKILLS = ['Storytelling', 'Editing', 'Grant Writing', 'Impact Measurement', 'Social Media', 'Research', 'Budgeting', 'Directing', 'Sound Design'];

/** users: a few very active people, most rarely seen; profile columns as the raw DDL left them. */
export const generateUsers: TableGenerator = (ctx) => ({
  table: 'users',
  columns: ['id', 'email', 'hashed_password', 'full_name', 'is_active', 'created_at', 'updated_at', 'job_title', 'organisation',
    'location', 'timezone', 'current_status', 'skills', 'is_intern', 'mentor_id'],
  rows: userRows(ctx),
});

function* userRows(ctx: GenContext): Generator<Cell[]> {
    const faker = fakerFor(ctx.seed, 'legacy:users:names');
    const first = Array.from({ length: 300 }, () => faker.person.firstName());
    const last = Array.from({ length: 300 }, () => faker.person.lastName());
    const suburbs = Array.from({ length: 200 }, () => faker.location.city());
    const rng = new Rng(ctx.seed, 'legacy:users');
    const n = ctx.counts.users;
    let previous = '';
    let previousWasCopy = false;
    for (let id = 1; id <= n; id++) {
      const [f, l] = [rng.pick(first), rng.pick(last)];
      const copy: boolean = (rng.chance(R.userEmailCase) || id === 5) && id > 1 && !previousWasCopy;
      const upper = previous.charAt(0).toUpperCase() + previous.slice(1);
      const email = copy ? (upper !== previous ? upper : previous.toUpperCase()) : `${f}.${l}.${id}@${rng.pick(['gmail.com', 'shadowgoose.com', 'outlook.com', 'bigpond.com'])}`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
      const created = ctx.refMs - rng.int(30, 900) * DAY_MS + rng.int(0, DAY_MS - 1);
      const title = rng.weighted(JOB_TITLES);
      const mentor = rng.chance(R.userMentorOrphan) || id === 6 ? n + rng.int(1, 50) : id > 10 && rng.chance(0.1) ? rng.skewed(Math.min(id - 1, 20), 1) : null;
      yield [id, email, HASH, rng.chance(R.userNoName) || id === 7 ? null : `${f} ${l}`, rng.chance(R.userNoActive) || id === 8 ? null : !rng.chance(0.08),
        stamp(created), stamp(created + rng.int(0, 200) * DAY_MS), title, rng.weighted(ORGANISATIONS), `${rng.pick(suburbs)}, VIC`,
        'Australia/Melbourne', rng.pick(['available', 'busy', 'away']), textArray([rng.pick(SKILLS), rng.pick(SKILLS)]), title === 'Intern', mentor];
      previous = email;
      previousWasCopy = copy;
    }
}

const TAG_WORDS = ['documentary', 'community', 'screen', 'first nations', 'regional', 'youth', 'climate', 'health', 'music', 'podcast',
  'arts', 'digital', 'education', 'seniors', 'multicultural', 'disability', 'women', 'lgbtiq+', 'environment', 'games'];
const TAG_QUALIFIERS = ['', 'development', 'production', 'impact', 'outreach', 'funding', 'festival', 'training', 'research', 'distribution',
  'victoria', 'melbourne', 'national', 'pilot', 'series', 'short', 'feature', 'campaign', 'partnership', 'evaluation'];

/** tags: word pairs, unique case-sensitively; a share repeat an earlier name in another case. */
export const generateTags: TableGenerator = (ctx) => ({ table: 'tags', columns: ['id', 'name'], rows: tagRows(ctx) });

function* tagRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:tags');
  let previous = '';
  let previousWasCopy = false;
  for (let id = 1, i = 0; id <= ctx.counts.tags; id++) {
    const copy: boolean = (rng.chance(R.tagNameCase) || id === 3) && id > 1 && !previousWasCopy;
    let name: string;
    if (copy) name = previous.replace(/\b\w/g, (c) => c.toUpperCase());
    else {
      const round = Math.floor(i / (TAG_WORDS.length * TAG_QUALIFIERS.length));
      const q = TAG_QUALIFIERS[Math.floor(i / TAG_WORDS.length) % TAG_QUALIFIERS.length]!;
      name = `${TAG_WORDS[i % TAG_WORDS.length]}${q ? ` ${q}` : ''}${round > 0 ? ` ${round + 1}` : ''}`;
      i++;
    }
    if (copy && name === previous) name = previous.toUpperCase();
    yield [id, name];
    previous = name;
    previousWasCopy = copy;
  }
}

const PROJECT_STATUSES: readonly (readonly [string, number])[] = [
  ['active', 35], ['planning', 20], ['completed', 25], ['in_progress', 10], ['on_hold', 3], ['cancelled', 2], ['archived', 5],
];
const FRAMEWORKS = ['plan_for_victoria', 'melbourne_2030', 'creative_state_2025', 'E1', 'E4', 'S1', 'S3', 'G1', 'SDG 11'];
const IMPACT_TYPES = ['social', 'environmental', 'community', 'economic', 'cultural'];

/** projects: productions and impact projects; duplicated names, both SDG spellings, NULL timestamps. */
export const generateProjects: TableGenerator = (ctx) => ({
  table: 'projects',
  columns: ['id', 'name', 'description', 'status', 'start_date', 'end_date', 'created_at', 'updated_at', 'owner_id',
    'impact_types', 'sdg_tags', 'framework_alignment'],
  rows: projectRows(ctx),
});

function* projectRows(ctx: GenContext): Generator<Cell[]> {
  const faker = fakerFor(ctx.seed, 'legacy:projects:words');
  const adjectives = Array.from({ length: 400 }, () => faker.word.adjective());
  const nouns = Array.from({ length: 400 }, () => faker.word.noun());
  const rng = new Rng(ctx.seed, 'legacy:projects');
  const names: string[] = [];
  for (let id = 1; id <= ctx.counts.projects; id++) {
    const dup = (rng.chance(R.projectDuplicateName) || id === 4) && id > 1;
    const base = dup ? names[rng.int(0, names.length - 1)]! : `${cap(rng.pick(adjectives))} ${cap(rng.pick(nouns))}`;
    const name = dup && rng.chance(0.3) ? base.toLowerCase() : base;
    names.push(name);
    const start = ctx.refMs - rng.int(0, 1000) * DAY_MS;
    const created = start - rng.int(0, 60) * DAY_MS;
    const dash = rng.chance(0.35);
    const sdgs = Array.from({ length: rng.int(0, 3) }, () => `SDG${dash ? '-' : ' '}${rng.int(1, 17)}`);
    // Tags that name no UN goal (1-17); a goal's other spellings come from the line above.
    if (rng.chance(R.sdgUnknown) || id === 5) sdgs.push(rng.pick(['SDG 18', 'SDG 0', 'SDG 99']));
    const noStamps = rng.chance(R.projectNoTimestamps);
    yield [id, name, rng.chance(0.8) ? `${name}: a ${rng.pick(['documentary', 'web series', 'podcast', 'short film', 'community program'])}.` : null,
      rng.weighted(PROJECT_STATUSES), stamp(start), rng.chance(0.5) ? stamp(start + rng.int(60, 700) * DAY_MS) : null,
      noStamps ? null : stamp(created), noStamps ? null : stamp(created + rng.int(0, 300) * DAY_MS), rng.active(ctx.counts.users),
      JSON.stringify([rng.pick(IMPACT_TYPES)]), JSON.stringify(sdgs), JSON.stringify([rng.pick(FRAMEWORKS), rng.pick(FRAMEWORKS)])];
  }
}

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

const ROLES: readonly (readonly [string, number])[] = [
  ['producer', 20], ['director', 10], ['editor', 10], ['researcher', 10], ['contributor', 10], ['project_manager', 10], ['developer', 5],
  ['designer', 5], ['manager', 5], ['Impact Lead', 3], ['intern', 7], ['coordinator', 5],
];

/** team_members: people on projects with free-text roles; a share are the same pair again. */
export const generateTeamMembers: TableGenerator = (ctx) => ({
  table: 'team_members', columns: ['id', 'user_id', 'project_id', 'role', 'joined_at'], rows: memberRows(ctx),
});

function* memberRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:team_members');
  const { users, projects } = ctx.counts;
  let last: [number, number] = [1, 1];
  for (let id = 1; id <= ctx.counts.team_members; id++) {
    const dup = (rng.chance(R.membershipDuplicate) || id === 3) && id > 1;
    // Without the duplicates, (user, project) pairs are distinct: member k of project p is user (p * 37 + k) mod U.
    const project = dup ? last[1] : 1 + ((id - 1) % projects);
    const user = dup ? last[0] : 1 + ((project * 37 + Math.floor((id - 1) / projects)) % users);
    last = [user, project];
    yield [id, user, project, rng.weighted(ROLES), rng.chance(R.membershipNoJoined) ? null : stamp(ctx.refMs - rng.int(1, 900) * DAY_MS)];
  }
}

/** project_tags: FK-clean links, distinct pairs by construction. */
export const generateProjectTags: TableGenerator = (ctx) => ({
  table: 'project_tags', columns: ['project_id', 'tag_id'], rows: linkRows(ctx.counts.project_tags, ctx.counts.projects, ctx.counts.tags),
});

/** n distinct (owner, tag) pairs: the k-th tag of an owner is its hashed start plus k. */
export function* linkRows(n: number, owners: number, tags: number): Generator<Cell[]> {
  for (let j = 0; j < Math.min(n, owners * tags); j++) {
    const owner = 1 + (j % owners);
    const k = Math.floor(j / owners);
    yield [owner, 1 + ((Math.imul(owner, 2654435761) >>> 0) % tags + k) % tags];
  }
}
