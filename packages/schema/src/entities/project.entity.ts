import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns, textList } from './_base.ts';
import { Organisation } from './organisation.entity.ts';
import { User } from './user.entity.ts';
import { ProjectMember } from './project-member.entity.ts';
import { Tag } from './tag.entity.ts';
import { ProjectTag } from './project-tag.entity.ts';

/** The kinds of media work Shadow Goose produces. */
export const PROJECT_KINDS = ['documentary', 'web_series', 'podcast', 'short_film', 'feature_film', 'interactive'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** A project's life cycle, from pitch to archive. */
export const PROJECT_STATUSES = ['planning', 'active', 'on_hold', 'completed', 'cancelled', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The kinds of change a project claims (the real app's `impact_types` list). */
export const IMPACT_TYPES = ['social', 'community', 'environmental', 'cultural', 'economic'] as const;
export type ImpactType = (typeof IMPACT_TYPES)[number];

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
    outcomeText: p.text().nullable(),
    impactStatement: p.text().nullable(),
    evidenceSources: p.text().nullable(),
    impactTypes: textList(),
    members: () => p.oneToMany(ProjectMember).mappedBy('project'),
    tags: () => p.manyToMany(Tag).pivotEntity(() => ProjectTag),
  },
  uniques: [{ name: 'uq_projects_organisation_id_slug', properties: ['organisation', 'slug'] }],
  indexes: [
    { name: 'ix_projects_owner_id_status', properties: ['owner', 'status'] },
    // The list's page is read in name order from the index instead of sorting every project of the status.
    { name: 'ix_projects_status_name', properties: ['status', 'name'] },
    // The project search matches name or summary anywhere in the text (ILIKE '%…%'), which only trigrams serve.
    { name: 'ix_projects_name_summary_trgm', expression: 'create index "ix_projects_name_summary_trgm" on "projects" using gin ("name" gin_trgm_ops, "summary" gin_trgm_ops)' },
    { name: 'ix_projects_impact_types', expression: 'create index "ix_projects_impact_types" on "projects" using gin ("impact_types")' },
  ],
  checks: [
    { name: 'ck_projects_dates', expression: 'end_date is null or start_date is null or end_date >= start_date' },
    { name: 'ck_projects_impact_types', expression: `impact_types <@ array[${IMPACT_TYPES.map((t) => `'${t}'`).join(', ')}]::text[]` },
  ],
});

/** A media production (documentary, web series, podcast …) that applies for grants and tracks impact. */
export class Project extends ProjectSchema.class {}
ProjectSchema.setClass(Project);
