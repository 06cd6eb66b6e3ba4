import type { Faker } from '@faker-js/faker';
import type { ApplicationStatus, IndustryFocus, ProjectKind } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { addDays, atHour } from '../dates.ts';
import type { GrantFacts } from './grants.generator.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

/** A generated application with what the tasks generator needs. */
export interface ApplicationFacts {
  id: number;
  projectId: number;
  grantTitle: string;
  status: ApplicationStatus;
  deadline: Date | null;
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

/** Applications from each project to grants that fit its kind, with outcomes consistent with the dates. */
export function generateApplications(dataset: Dataset, faker: Faker, refDate: Date, projects: ProjectFacts[], grants: GrantFacts[], perProject: number, submitterId: number): ApplicationFacts[] {
  const rows: Row[] = [];
  const facts: ApplicationFacts[] = [];
  const since = addDays(refDate, -RECENT_DAYS);
  const recent = grants.filter((g) => g.deadline === null || g.deadline >= since);
  for (const project of projects) {
    const fitting = recent.filter((g) => FOCUSES_BY_KIND[project.kind].includes(g.focus));
    const wanted = project.status === 'planning' ? Math.ceil(perProject / 3) : perProject;
    for (const grant of faker.helpers.arrayElements(fitting, Math.min(wanted, fitting.length))) {
      addApplication(rows, facts, faker, refDate, project, grant, submitterId);
    }
  }
  topUpToMinimum(rows, facts, faker, refDate, projects, recent, submitterId);
  addRows(dataset, 'grant_applications', rows);
  return facts;
}

function addApplication(rows: Row[], facts: ApplicationFacts[], faker: Faker, refDate: Date, project: ProjectFacts, grant: GrantFacts, submitterId: number): void {
  const outcome = decide(faker, refDate, grant);
  const requested = Math.round(faker.number.int({ min: grant.amountMin, max: grant.amountMax }) / 500) * 500;
  const awarded = outcome.status === 'awarded' ? Math.round((requested * faker.number.float({ min: 0.6, max: 1 })) / 100) * 100 : null;
  const createdAt = outcome.submittedAt ? addDays(outcome.submittedAt, -faker.number.int({ min: 7, max: 40 })) : atHour(refDate, -faker.number.int({ min: 1, max: 30 }), 10);
  const touched = outcome.decidedAt ?? outcome.submittedAt ?? createdAt;
  const id = rows.length + 1;
  rows.push({
    id, created_at: createdAt, updated_at: touched, grant_id: grant.id, project_id: project.id,
    submitted_by_id: outcome.submittedAt ? submitterId : null, status: outcome.status, amount_requested: requested.toFixed(2),
    amount_awarded: awarded === null ? null : awarded.toFixed(2), submitted_at: outcome.submittedAt, decided_at: outcome.decidedAt,
    notes: outcome.status === 'rejected' ? 'Feedback: strong concept; budget detail and audience evidence to strengthen.' : null,
  });
  facts.push({ id, projectId: project.id, grantTitle: grant.title, status: outcome.status, deadline: grant.deadline });
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

function topUpToMinimum(rows: Row[], facts: ApplicationFacts[], faker: Faker, refDate: Date, projects: ProjectFacts[], grants: GrantFacts[], submitterId: number): void {
  const total = () => rows.reduce((sum, r) => sum + Number(r.amount_requested), 0);
  const active = projects.filter((p) => p.status === 'active');
  const taken = new Set(rows.map((r) => `${r.grant_id}:${r.project_id}`));
  const largest = [...grants].sort((a, b) => b.amountMax - a.amountMax || a.id - b.id);
  for (let i = 0; total() <= MIN_TOTAL_REQUESTED && i < largest.length * active.length; i++) {
    const grant = largest[Math.floor(i / active.length)]!;
    const project = active[i % active.length]!;
    if (taken.has(`${grant.id}:${project.id}`)) continue;
    taken.add(`${grant.id}:${project.id}`);
    addApplication(rows, facts, faker, refDate, project, grant, submitterId);
  }
}
