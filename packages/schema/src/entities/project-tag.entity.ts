import { defineEntity, p } from '@mikro-orm/core';
import { timestampColumns } from './_base.ts';
import { Project } from './project.entity.ts';
import { Tag } from './tag.entity.ts';

const ProjectTagSchema = defineEntity({
  name: 'ProjectTag',
  tableName: 'project_tags',
  properties: {
    project: () => p.manyToOne(Project).primary().deleteRule('cascade'),
    tag: () => p.manyToOne(Tag).primary().deleteRule('cascade').index('ix_project_tags_tag_id'),
    ...timestampColumns,
  },
});

/** The link between a project and one of its tags; the pair is the key. */
export class ProjectTag extends ProjectTagSchema.class {}
ProjectTagSchema.setClass(ProjectTag);
