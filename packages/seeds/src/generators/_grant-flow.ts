import type { Faker } from '@faker-js/faker';
import type { RowSink } from '../dataset.ts';
import { drain } from '../drain.ts';
import { GrantTable } from './_grant-table.ts';
import { generateApplications, type OpenApplications } from './applications.generator.ts';
import { GrantTitles } from './_grant-titles.ts';
import { enrichGrant } from './grant-details.generator.ts';
import { grantPrograms } from './grants.generator.ts';
import type { ReferenceIds } from './reference.generator.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

/** The open applications, which get preparation tasks, and the titles of the grants they are for. */
export interface ApplicationsForTasks {
  open: OpenApplications;
  grantTitles: GrantTitles;
}

/** What the grants and applications are drawn from. */
export interface GrantFlowOptions {
  stream: (name: string) => Faker;
  refDate: Date;
  refs: ReferenceIds;
  projects: ProjectFacts[];
  grants: number;
  applicationsPerProject: number;
  creatorIds: number[];
  submitterId: number;
}

const DISCARD: RowSink = { add: () => {}, count: () => 0 };

/**
 * Grants, their tags and their applications, without holding their rows: applications choose
 * among the grants' facts (kept in a GrantTable), and a grant's row says whether anyone applied,
 * so the grants' stream is read twice (facts, then rows) and the applications' twice (which grants
 * they name, then their rows, after the grants they reference). Same streams, same draws, same rows.
 */
export function* generateGrantsAndApplications(sink: RowSink, o: GrantFlowOptions): Generator<void, ApplicationsForTasks> {
  const table = new GrantTable(o.grants);
  for (const program of grantPrograms(o.stream('grants'), o.refDate, o.refs, o.grants, o.creatorIds)) table.set(program.facts);
  const applications = (into: RowSink) => generateApplications(into, o.stream('applications'), o.refDate, o.projects, table, o.applicationsPerProject, o.submitterId);
  const summary = drain(applications(DISCARD));
  const grantTitles = new GrantTitles(Array.from(summary.open, (a) => a.grantId));
  const details = o.stream('grant-details');
  for (const { row, links } of grantPrograms(o.stream('grants'), o.refDate, o.refs, o.grants, o.creatorIds)) {
    const id = Number(row.id);
    enrichGrant(row, details, o.refs, summary.applied[id] === 1);
    sink.add('grants', row);
    for (const link of links) sink.add('grant_tags', link);
    grantTitles.offer(id, String(row.title));
    yield;
  }
  yield* applications(sink);
  return { open: summary.open, grantTitles };
}
