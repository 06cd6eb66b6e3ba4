import { collectingSink, type Dataset, type RowSink } from './dataset.ts';
import { parseDay } from './dates.ts';
import { drain } from './drain.ts';
import { fakerFor } from './faker.ts';
import type { SeedOptions } from './options.ts';
import { generateOkrs } from './generators/okr.generator.ts';
import { generateReference } from './generators/reference.generator.ts';
import { generateShadowGoose } from './generators/shadow-goose.generator.ts';
import { generateSocial } from './generators/social.generator.ts';
import { generateProfiles } from './generators/profiles.generator.ts';
import { generateMedia } from './generators/media.generator.ts';
import { generateMediaPerformance } from './generators/media-performance.generator.ts';
import { generateClients } from './generators/clients.generator.ts';
import { generateScraperRuns } from './generators/scraper-runs.generator.ts';
import { generateGrantsAndApplications } from './generators/_grant-flow.ts';
import { generateWork } from './generators/_work-flow.ts';

/** Demo volumes at scale 1: what a developer browses. */
const DEMO = { grants: 300, applicationsPerProject: 8, tasksPerProject: 24, projectAccounts: 2, mediaPerProject: 8, scraperWeeks: 8 };

/** Media items per active project in the minimal preset: one of each thing a production releases. */
const MINIMAL_MEDIA_PER_PROJECT = 4;

/**
 * Every row of a preset, into `sink` table by table and row by row, computed from the seed and
 * reference date alone: no clock, no random source but the seed, no database. It pauses (yields)
 * between parent rows, where the sink's rows are complete and may be written and forgotten; what
 * later tables need is kept as ids and small facts, never as rows. Tables of a fixed size (reference
 * data, Shadow Goose, social accounts, OKRs) are built whole first. `minimal` is reference data +
 * Shadow Goose (team profiles, projects, media, clients); `demo` adds the rest and the volume
 * `--scale` multiplies.
 */
export function* generateRows(options: SeedOptions, sink: RowSink): Generator<void> {
  const refDate = parseDay(options.date);
  const stream = (name: string) => fakerFor(options.seed, name, refDate);
  const demo = options.preset === 'demo';
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));
  const fixed: Dataset = new Map();
  const refs = generateReference(fixed, refDate);
  const sge = generateShadowGoose(fixed, stream('shadow-goose'), refDate, refs, demo);
  generateProfiles(fixed, stream('profiles'), refs);
  const names = new Map(fixed.get('users')!.map((u) => [Number(u.id), String(u.full_name)]));
  addAll(sink, fixed);
  const media = yield* generateMedia(sink, stream('media'), refDate, sge.projects, names, demo ? scaled(DEMO.mediaPerProject) : MINIMAL_MEDIA_PER_PROJECT);
  addAll(sink, fixedRows((d) => generateClients(d, stream('clients'), refDate, sge.projects)));
  if (!demo) return;
  yield* generateMediaPerformance(sink, stream('media-performance'), refDate, media);
  const applications = yield* generateGrantsAndApplications(sink, {
    stream, refDate, refs, projects: sge.projects, grants: scaled(DEMO.grants), applicationsPerProject: scaled(DEMO.applicationsPerProject),
    creatorIds: [sge.userIdByRole.get('grants_manager')!, sge.userIdByRole.get('producer')!], submitterId: sge.userIdByRole.get('grants_manager')!,
  });
  yield* generateWork(sink, stream, refDate, refs, sge, names, applications, scaled(DEMO.tasksPerProject));
  yield* generateScraperRuns(sink, stream('scraper-runs'), refDate, scaled(DEMO.scraperWeeks));
  addAll(sink, fixedRows((d) => {
    const social = generateSocial(d, stream('social'), refDate, sge.projects, scaled(DEMO.projectAccounts));
    const baseline = d.get('social_metrics')!
      .filter((m) => m.date === social.firstDay.toISOString().slice(0, 10))
      .reduce((sum, m) => sum + Number(m.followers), 0);
    generateOkrs(d, stream('okr'), refDate, baseline);
  }));
}

/**
 * Every row of a preset in memory, table by table in load order: for tests and small scales.
 *
 * @example
 * const grants = buildDataset(resolveSeedOptions({ preset: 'demo', date: '2026-07-01' })).get('grants');
 */
export function buildDataset(options: SeedOptions): Dataset {
  const sink = collectingSink();
  drain(generateRows(options, sink));
  return sink.dataset;
}

function fixedRows(build: (dataset: Dataset) => void): Dataset {
  const dataset: Dataset = new Map();
  build(dataset);
  return dataset;
}

function addAll(sink: RowSink, dataset: Dataset): void {
  for (const [table, rows] of dataset) for (const row of rows) sink.add(table, row);
}
