import type { Faker } from '@faker-js/faker';
import type { ApplicationStatus, IndustryFocus, ProjectKind } from '@navimpact/schema';
import type { RowSink } from '../dataset.ts';
import { addDays, atHour } from '../dates.ts';
import type { GrantTable } from './_grant-table.ts';
import { NumberColumns } from './_number-columns.ts';
import type { GrantFacts } from './grants.generator.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

/** Applications still being written or just sent, with what the tasks generator needs (deadlineTime NaN for a rolling grant). */
export type OpenApplications = NumberColumns<'id' | 'projectId' | 'grantId' | 'deadlineTime'>;

/** What later generators need of the applications: which grants have one, and the open ones. */
export interface ApplicationSummary {
  /** 1 at a grant's id when some project applied to it. */
  applied: Uint8Array;
  /** Drafts and submitted applications, which get preparation tasks. */
  open: OpenApplications;
}

const FOCUSES_BY_KIND: Readonly<Record<ProjectKind, readonly IndustryFocus[]>> = {
  documentary: ['documentary', 'screen', 'environment', 'community'],
  web_series: ['screen', 'digital_media', 'community'],
  podcast: ['digital_media', 'health', 'community'],
  short_film: ['screen', 'first_nations', 'documentary'],
  feature_film: ['screen'],
  interactive: ['digital_media', 'games', 'visual_arts'],
};

// The plan's "applications worth $500K+": demo data always clears it.
const MIN_TOTAL_REQUESTED = 500_000;

// Shadow Goose applies to the rounds of its projects' time, not to the platform's years of history.
const RECENT_DAYS = 400;

// The running total decides whether the top-up runs; the pairs taken matter only until it is reached.
interface Tally { total: number; taken: Set<string> | null; rowId: number }

/**
 * Applications from each project to grants that fit its kind, with outcomes consistent with the
 * dates, one row at a time into `sink`; the same stream gives the same applications on every pass.
 */
export function* generateApplications(sink: RowSink, faker: Faker, refDate: Date, projects: ProjectFacts[], grants: GrantTable, perProject: number, submitterId: number): Generator<void, ApplicationSummary> {
  const summary: ApplicationSummary = { applied: new Uint8Array(grants.count + 1), open: new NumberColumns(['id', 'projectId', 'grantId', 'deadlineTime']) };
  const tally: Tally = { total: 0, taken: new Set(), rowId: 0 };
  const since = addDays(refDate, -RECENT_DAYS);
  const recent = grants.idsOpenOnOrAfter(since);
  for (const project of projects) {
    const fitting = recent.filter((id) => FOCUSES_BY_KIND[project.kind].includes(grants.focusOf(id)));
    const wanted = project.status === 'planning' ? Math.ceil(perProject / 3) : perProject;
    for (const id of faker.helpers.arrayElements(fitting, Math.min(wanted, fitting.length))) {
      addApplication(sink, summary, tally, faker, refDate, project, grants.get(id), submitterId);
      yield;
    }
  }
  topUpToMinimum(sink, summary, tally, faker, refDate, projects, grants, recent, submitterId);
  return summary;
}

function addApplication(sink: RowSink, summary: ApplicationSummary, tally: Tally, faker: Faker, refDate: Date, project: ProjectFacts, grant: GrantFacts, submitterId: number): void {
  const outcome = decide(faker, refDate, grant);
  const requested = Math.round(faker.number.int({ min: grant.amountMin, max: grant.amountMax }) / 500) * 500;
  const awarded = outcome.status === 'awarded' ? Math.round((requested * faker.number.float({ min: 0.6, max: 1 })) / 100) * 100 : null;
  const createdAt = outcome.submittedAt ? addDays(outcome.submittedAt, -faker.number.int({ min: 7, max: 40 })) : atHour(refDate, -faker.number.int({ min: 1, max: 30 }), 10);
  const touched = outcome.decidedAt ?? outcome.submittedAt ?? createdAt;
  const id = ++tally.rowId;
  sink.add('grant_applications', {
    id, created_at: createdAt, updated_at: touched, grant_id: grant.id, project_id: project.id,
    submitted_by_id: outcome.submittedAt ? submitterId : null, status: outcome.status, amount_requested: requested.toFixed(2),
    amount_awarded: awarded === null ? null : awarded.toFixed(2), submitted_at: outcome.submittedAt, decided_at: outcome.decidedAt,
    notes: outcome.status === 'rejected' ? 'Feedback: strong concept; budget detail and audience evidence to strengthen.' : null,
  });
  summary.applied[grant.id] = 1;
  tally.total += requested;
  tally.taken = tally.total <= MIN_TOTAL_REQUESTED ? tally.taken!.add(`${grant.id}:${project.id}`) : null;
  if (outcome.status === 'draft' || outcome.status === 'submitted') summary.open.push({ id, projectId: project.id, grantId: grant.id, deadlineTime: grant.deadline?.getTime() ?? NaN });
}

interface Outcome { status: ApplicationStatus; submittedAt: Date | null; decidedAt: Date | null }

// Before the deadline an application is a draft or just submitted; well after it, decided.
function decide(faker: Faker, refDate: Date, grant: GrantFacts): Outcome {
  const submitBy = grant.deadline ?? addDays(refDate, -faker.number.int({ min: 10, max: 240 }));
  if (submitBy >= refDate) {
    const early = faker.datatype.boolean(0.3);
    return early ? { status: 'submitted', submittedAt: atHour(refDate, -faker.number.int({ min: 1, max: 14 }), 15), decidedAt: null } : { status: 'draft', submittedAt: null, decidedAt: null };
  }
  const submittedAt = atHour(submitBy, -faker.number.int({ min: 1, max: 14 }), faker.number.int({ min: 9, max: 16 }));
  const decidedAt = atHour(submitBy, faker.number.int({ min: 45, max: 90 }), 11);
  if (decidedAt >= refDate) return { status: faker.helpers.arrayElement(['submitted', 'under_review'] as const), submittedAt, decidedAt: null };
  const status = faker.helpers.weightedArrayElement([
    { weight: 40, value: 'awarded' }, { weight: 50, value: 'rejected' }, { weight: 10, value: 'withdrawn' },
  ] as const);
  return { status, submittedAt, decidedAt: status === 'withdrawn' ? null : decidedAt };
}

function topUpToMinimum(sink: RowSink, summary: ApplicationSummary, tally: Tally, faker: Faker, refDate: Date, projects: ProjectFacts[], grants: GrantTable, recent: readonly number[], submitterId: number): void {
  if (tally.total > MIN_TOTAL_REQUESTED) return;
  const active = projects.filter((p) => p.status === 'active');
  const largest = [...recent].sort((a, b) => grants.amountMaxOf(b) - grants.amountMaxOf(a) || a - b);
  for (let i = 0; tally.total <= MIN_TOTAL_REQUESTED && i < largest.length * active.length; i++) {
    const grantId = largest[Math.floor(i / active.length)]!;
    const project = active[i % active.length]!;
    if (tally.taken!.has(`${grantId}:${project.id}`)) continue;
    tally.taken!.add(`${grantId}:${project.id}`);
    addApplication(sink, summary, tally, faker, refDate, project, grants.get(grantId), submitterId);
  }
}
