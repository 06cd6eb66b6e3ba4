import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { CONTRIBUTION_LEVELS } from './_contribution.ts';
import { Project } from './project.entity.ts';
import { Sdg } from './sdg.entity.ts';

const ProjectSdgSchema = defineEntity({
  name: 'ProjectSdg',
  tableName: 'project_sdgs',
  properties: {
    ...standardColumns,
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    sdg: () => p.manyToOne(Sdg).deleteRule('restrict').index('ix_project_sdgs_sdg_id'),
    contribution: p.enum(CONTRIBUTION_LEVELS),
  },
  uniques: [{ name: 'uq_project_sdgs_project_id_sdg_id', properties: ['project', 'sdg'] }],
});

/** A project's alignment with one UN SDG. */
export class ProjectSdg extends ProjectSdgSchema.class {}
ProjectSdgSchema.setClass(ProjectSdg);
