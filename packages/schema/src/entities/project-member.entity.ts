import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Project } from './project.entity.ts';
import { User } from './user.entity.ts';

/** The part a person plays on one project. */
export const PROJECT_ROLES = ['lead', 'producer', 'director', 'editor', 'researcher', 'coordinator', 'contributor'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

const ProjectMemberSchema = defineEntity({
  name: 'ProjectMember',
  tableName: 'project_members',
  properties: {
    ...standardColumns,
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    user: () => p.manyToOne(User).deleteRule('cascade').index('ix_project_members_user_id'),
    role: p.enum(PROJECT_ROLES).default('contributor'),
    // When the person joined the project, which may predate the row; null where the real app never recorded it.
    joinedAt: p.datetime().columnType('timestamptz').nullable(),
  },
  uniques: [{ name: 'uq_project_members_project_id_user_id', properties: ['project', 'user'] }],
});

/** A user's membership of a project, once per pair. */
export class ProjectMember extends ProjectMemberSchema.class {}
ProjectMemberSchema.setClass(ProjectMember);
