import type { Dataset } from './dataset.ts';
import { parseDay } from './dates.ts';
import { fakerFor } from './faker.ts';
import type { SeedOptions } from './options.ts';
import { generateApplications } from './generators/applications.generator.ts';
import { generateGrants } from './generators/grants.generator.ts';
import { generateOkrs } from './generators/okr.generator.ts';
import { generateReference } from './generators/reference.generator.ts';
import { generateShadowGoose } from './generators/shadow-goose.generator.ts';
import { generateSocial } from './generators/social.generator.ts';
import { generateTasks } from './generators/tasks.generator.ts';
import { generateProfiles } from './generators/profiles.generator.ts';
import { enrichGrants } from './generators/grant-details.generator.ts';
import { generateMedia } from './generators/media.generator.ts';
import { generateMediaPerformance } from './generators/media-performance.generator.ts';
import { generateClients } from './generators/clients.generator.ts';
import { generateTimeEntries } from './generators/time-entries.generator.ts';
import { generateComments } from './generators/comments.generator.ts';
import { generateScraperRuns } from './generators/scraper-runs.generator.ts';

/** Demo volumes at scale 1: what a developer browses. */
const DEMO = { grants: 300, applicationsPerProject: 8, tasksPerProject: 24, projectAccounts: 2, mediaPerProject: 8, scraperWeeks: 8 };

/** Media items per active project in the minimal preset: one of each thing a production releases. */
const MINIMAL_MEDIA_PER_PROJECT = 4;

/**
 * Every row of a preset, computed in memory from the seed and reference date alone: no clock,
 * no random source but the seed, no database. `minimal` is reference data + Shadow Goose (team profiles, projects,
 * media, clients); `demo` adds the rest and the volume `--scale` multiplies.
 */
export function buildDataset(options: SeedOptions): Dataset {
  const refDate = parseDay(options.date);
  const stream = (name: string) => fakerFor(options.seed, name, refDate);
  const dataset: Dataset = new Map();
  const refs = generateReference(dataset, refDate);
  const sge = generateShadowGoose(dataset, stream('shadow-goose'), refDate, refs, options.preset === 'demo');
  generateProfiles(dataset, stream('profiles'), refs);
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));
  const demo = options.preset === 'demo';
  const media = generateMedia(dataset, stream('media'), refDate, sge.projects, demo ? scaled(DEMO.mediaPerProject) : MINIMAL_MEDIA_PER_PROJECT);
  generateClients(dataset, stream('clients'), refDate, sge.projects);
  if (!demo) return dataset;
  generateMediaPerformance(dataset, stream('media-performance'), refDate, media);
  const grants = generateGrants(dataset, stream('grants'), refDate, refs, scaled(DEMO.grants), [sge.userIdByRole.get('grants_manager')!, sge.userIdByRole.get('producer')!]);
  const applications = generateApplications(dataset, stream('applications'), refDate, sge.projects, grants, scaled(DEMO.applicationsPerProject), sge.userIdByRole.get('grants_manager')!);
  enrichGrants(dataset, stream('grant-details'), refs);
  generateTasks(dataset, stream('tasks'), refDate, sge.projects, applications, scaled(DEMO.tasksPerProject), sge.userIdByRole.get('grants_manager')!);
  generateTimeEntries(dataset, stream('time-entries'), refDate, sge.projects);
  generateComments(dataset, stream('comments'), refDate, sge.projects, refs, new Map(dataset.get('users')!.map((u) => [Number(u.id), String(u.full_name)])));
  generateScraperRuns(dataset, stream('scraper-runs'), refDate, scaled(DEMO.scraperWeeks));
  const social = generateSocial(dataset, stream('social'), refDate, sge.projects, scaled(DEMO.projectAccounts));
  const baseline = (dataset.get('social_metrics') ?? [])
    .filter((m) => m.date === social.firstDay.toISOString().slice(0, 10))
    .reduce((sum, m) => sum + Number(m.followers), 0);
  generateOkrs(dataset, stream('okr'), refDate, baseline);
  return dataset;
}
