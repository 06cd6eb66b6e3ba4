import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { User } from './user.entity.ts';
import { Project } from './project.entity.ts';

const OrganisationSchema = defineEntity({
  name: 'Organisation',
  tableName: 'organisations',
  properties: {
    ...standardColumns,
    name: p.text(),
    slug: p.text().unique('uq_organisations_slug'),
    abn: p.text().nullable(),
    website: p.text().nullable(),
    users: () => p.oneToMany(User).mappedBy('organisation'),
    projects: () => p.oneToMany(Project).mappedBy('organisation'),
  },
  checks: [{ name: 'ck_organisations_abn', expression: "abn ~ '^[0-9]{11}$'" }],
});

/** A company or group that owns users, projects, social accounts and OKRs. */
export class Organisation extends OrganisationSchema.class {}
OrganisationSchema.setClass(Organisation);
