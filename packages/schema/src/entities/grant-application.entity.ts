import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns } from './_base.ts';
import { Grant } from './grant.entity.ts';
import { Project } from './project.entity.ts';
import { User } from './user.entity.ts';

/** Where an application stands; awarded and rejected are decisions and carry decided_at. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'under_review', 'awarded', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const GrantApplicationSchema = defineEntity({
  name: 'GrantApplication',
  tableName: 'grant_applications',
  properties: {
    ...standardColumns,
    grant: () => p.manyToOne(Grant).deleteRule('restrict'),
    project: () => p.manyToOne(Project).deleteRule('cascade').index('ix_grant_applications_project_id'),
    submittedBy: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_grant_applications_submitted_by_id'),
    status: p.enum(APPLICATION_STATUSES).default('draft'),
    amountRequested: money(),
    amountAwarded: money().nullable(),
    submittedAt: p.datetime().columnType('timestamptz').nullable(),
    decidedAt: p.datetime().columnType('timestamptz').nullable(),
    notes: p.text().nullable(),
  },
  uniques: [{ name: 'uq_grant_applications_grant_id_project_id', properties: ['grant', 'project'] }],
  checks: [
    { name: 'ck_grant_applications_amounts', expression: 'amount_requested > 0 and (amount_awarded is null or amount_awarded >= 0)' },
    { name: 'ck_grant_applications_award', expression: "amount_awarded is null or status = 'awarded'" },
  ],
});

/** A project's application to one grant program, once per pair. */
export class GrantApplication extends GrantApplicationSchema.class {}
GrantApplicationSchema.setClass(GrantApplication);
