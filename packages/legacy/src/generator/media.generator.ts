import { textArray } from './_copy.ts';
import { DAMAGE_RATES as R } from './_plan.ts';
import { day, DAY_MS, Rng } from './_random.ts';
import type { Cell } from './_copy.ts';
import type { GenContext } from './_plan.ts';
import type { TableGenerator } from './_table.ts';

// Every sge_* row has NULL created_at (and updated_at): the raw DDL has no default and the API sets none.

/** sge_media_projects: media items of projects; a share point at deleted projects, some at none; some durations are unreadable text. */
export const generateMediaProjects: TableGenerator = (ctx) => ({
  table: 'sge_media_projects',
  columns: ['id', 'project_id', 'media_type', 'duration', 'release_date', 'target_audience', 'contributors', 'production_budget'],
  rows: mediaRows(ctx),
});

function* mediaRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:sge_media_projects');
  const projects = ctx.counts.projects;
  for (let id = 1; id <= ctx.counts.sge_media_projects; id++) {
    const project = rng.chance(R.sgeProjectOrphan) || id === 3 ? projects + rng.int(1, 100) : rng.chance(0.05) ? null : rng.skewed(projects, 2);
    // Series are written as episodes × length ('6x22:00'), which parseDuration cannot read.
    const duration = rng.chance(R.sgeDurationText) || id === 4 ? `${rng.int(2, 10)}x${rng.int(10, 59)}:00` : `${rng.int(1, 95)}:00`;
    yield [id, project, rng.pick(['documentary', 'web_series', 'podcast', 'short_film', 'social_content']), duration,
      rng.chance(0.8) ? day(ctx.refMs - rng.int(-120, 900) * DAY_MS) : null, textArray([rng.pick(['Families', 'Young people', 'Regional Victorians', 'Older Australians'])]),
      textArray(['Shadow Goose Entertainment']), rng.int(500, 600_000)];
  }
}

const PLATFORMS = ['YouTube', 'Instagram', 'TikTok', 'Facebook', 'Vimeo', 'ABC iview', 'SBS On Demand', 'Spotify', 'LinkedIn'];

const mediaId = (rng: Rng, ctx: GenContext, force: boolean): number =>
  rng.chance(R.sgeMediaOrphan) || force ? ctx.counts.sge_media_projects + rng.int(1, 100) : rng.skewed(ctx.counts.sge_media_projects, 2);

/** sge_distribution_logs: where items were published, with views and reach. */
export const generateDistribution: TableGenerator = (ctx) => ({
  table: 'sge_distribution_logs', columns: ['id', 'media_project_id', 'platform', 'publish_date', 'views', 'reach', 'engagement_rate'],
  rows: distributionRows(ctx),
});

function* distributionRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:sge_distribution_logs');
  for (let id = 1; id <= ctx.counts.sge_distribution_logs; id++) {
    const views = rng.int(0, 80_000);
    yield [id, mediaId(rng, ctx, id === 2), rng.pick(PLATFORMS), day(ctx.refMs - rng.int(1, 900) * DAY_MS), views, views + rng.int(0, 60_000), rng.int(0, 1500) / 100];
  }
}

/** sge_performance_metrics: daily numbers per media item, going back from the reference date; a few negative shares. */
export const generatePerformance: TableGenerator = (ctx) => ({
  table: 'sge_performance_metrics',
  columns: ['id', 'media_project_id', 'metric_date', 'views', 'unique_viewers', 'watch_time_minutes', 'engagement_rate', 'shares', 'comments'],
  rows: performanceRows(ctx),
});

function* performanceRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:sge_performance_metrics');
  const items = ctx.counts.sge_media_projects;
  for (let id = 1; id <= ctx.counts.sge_performance_metrics; id++) {
    const orphan = rng.chance(R.sgeMediaOrphan) || id === 2;
    const views = rng.int(0, 5000);
    const item = orphan ? items + rng.int(1, 100) : 1 + ((id - 1) % items);
    const [watch, rate] = [views * rng.int(1, 6), rng.int(0, 1500) / 100];
    const shares = rng.chance(R.sgeNegativeCount) || id === 3 ? -rng.int(1, 20) : rng.int(0, 80);
    yield [id, item, day(ctx.refMs - (1 + Math.floor((id - 1) / items)) * DAY_MS), views, Math.floor(views * 0.7), watch, rate, shares, rng.int(0, 30)];
  }
}

/** sge_impact_stories: testimonials, policy change, funding unlocked. */
export const generateStories: TableGenerator = (ctx) => ({
  table: 'sge_impact_stories', columns: ['id', 'media_project_id', 'story_type', 'title', 'stakeholder_organisation', 'impact_date'],
  rows: storyRows(ctx),
});

function* storyRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:sge_impact_stories');
  for (let id = 1; id <= ctx.counts.sge_impact_stories; id++) {
    const media = rng.chance(R.sgeStoryOrphan) || id === 2 ? ctx.counts.sge_media_projects + rng.int(1, 100) : rng.skewed(ctx.counts.sge_media_projects, 2);
    yield [id, media, rng.pick(['testimonial', 'policy_change', 'funding_unlocked', 'community']), rng.pick(['Screening sparks volunteer drive', 'Council adopts program', 'Funding secured', 'Families host dinners']),
      rng.pick(['Wildlife Victoria', 'City of Melbourne', 'Screen Australia', 'Brimbank Community Hub']), day(ctx.refMs - rng.int(1, 900) * DAY_MS)];
  }
}

/** sge_client_access: client logins; allowed_projects is an integer[] with a share of dangling ids. */
export const generateClients: TableGenerator = (ctx) => ({
  table: 'sge_client_access', columns: ['id', 'client_name', 'client_email', 'access_level', 'allowed_projects', 'is_active'], rows: clientRows(ctx),
});

function* clientRows(ctx: GenContext): Generator<Cell[]> {
  const rng = new Rng(ctx.seed, 'legacy:sge_client_access');
  const projects = ctx.counts.projects;
  for (let id = 1; id <= ctx.counts.sge_client_access; id++) {
    const allowed = Array.from({ length: rng.int(0, 4) }, () => rng.int(1, projects));
    if (rng.chance(R.clientProjectOrphan) || id === 2) allowed.push(projects + rng.int(1, 100));
    yield [id, `Client ${id}`, `client${id}@partners.example.org.au`, rng.pick(['viewer', 'editor']), `{${allowed.join(',')}}`, rng.chance(0.85)];
  }
}
