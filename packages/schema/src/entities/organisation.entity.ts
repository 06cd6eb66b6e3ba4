import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { User } from './user.entity.ts';
import { Project } from './project.entity.ts';

const OrganisationSchema = defineEntity({
  name: 'Organisation',
  tableName: 'organisations',
  properties: {
    ...standardColumns,
    name: p.string(),
    slug: p.string().unique('uq_organisations_slug'),
    abn: p.string().length(11).nullable(),
    website: p.string().nullable(),
    users: () => p.oneToMany(User).mappedBy('organisation'),
    projects: () => p.oneToMany(Project).mappedBy('organisation'),
  },
});

/** A company or group that owns users, projects, social accounts and OKRs. */
export class Organisation extends OrganisationSchema.class {}
OrganisationSchema.setClass(Organisation);
