import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { CONTRIBUTION_LEVELS } from './_contribution.ts';
import { Project } from './project.entity.ts';
import { FrameworkPriority } from './framework-priority.entity.ts';

const ProjectPrioritySchema = defineEntity({
  name: 'ProjectPriority',
  tableName: 'project_priorities',
  properties: {
    ...standardColumns,
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    frameworkPriority: () =>
      p.manyToOne(FrameworkPriority).deleteRule('restrict').index('ix_project_priorities_framework_priority_id'),
    contribution: p.enum(CONTRIBUTION_LEVELS),
  },
  uniques: [
    { name: 'uq_project_priorities_project_id_framework_priority_id', properties: ['project', 'frameworkPriority'] },
  ],
});

/** A project's alignment with one Victorian framework priority. */
export class ProjectPriority extends ProjectPrioritySchema.class {}
ProjectPrioritySchema.setClass(ProjectPriority);
