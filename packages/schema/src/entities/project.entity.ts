import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns } from './_base.ts';
import { Organisation } from './organisation.entity.ts';
import { User } from './user.entity.ts';
import { ProjectMember } from './project-member.entity.ts';

/** The kinds of media work Shadow Goose produces. */
export const PROJECT_KINDS = ['documentary', 'web_series', 'podcast', 'short_film', 'feature_film', 'interactive'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** A project's life cycle, from pitch to archive. */
export const PROJECT_STATUSES = ['planning', 'active', 'on_hold', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

const ProjectSchema = defineEntity({
  name: 'Project',
  tableName: 'projects',
  properties: {
    ...standardColumns,
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade').index('ix_projects_organisation_id'),
    owner: () => p.manyToOne(User).deleteRule('no action'),
    name: p.text(),
    slug: p.text(),
    kind: p.enum(PROJECT_KINDS),
    status: p.enum(PROJECT_STATUSES).default('planning'),
    summary: p.text().nullable(),
    budget: money().nullable(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    members: () => p.oneToMany(ProjectMember).mappedBy('project'),
  },
  uniques: [{ name: 'uq_projects_organisation_id_slug', properties: ['organisation', 'slug'] }],
  indexes: [{ name: 'ix_projects_owner_id_status', properties: ['owner', 'status'] }],
  checks: [{ name: 'ck_projects_dates', expression: 'end_date is null or start_date is null or end_date >= start_date' }],
});

/** A media production (documentary, web series, podcast …) that applies for grants and tracks impact. */
export class Project extends ProjectSchema.class {}
ProjectSchema.setClass(Project);
