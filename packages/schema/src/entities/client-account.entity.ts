import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Organisation } from './organisation.entity.ts';
import { Project } from './project.entity.ts';
import { ClientProjectAccess } from './client-project-access.entity.ts';

/** What a client may do with the projects they see. */
export const CLIENT_ACCESS_LEVELS = ['viewer', 'analyst', 'admin'] as const;
export type ClientAccessLevel = (typeof CLIENT_ACCESS_LEVELS)[number];

const ClientAccountSchema = defineEntity({
  name: 'ClientAccount',
  tableName: 'client_accounts',
  properties: {
    ...standardColumns,
    // The organisation whose client this is; the real table has none, since the app served Shadow Goose alone.
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade'),
    name: p.text(),
    email: p.text(),
    accessLevel: p.enum(CLIENT_ACCESS_LEVELS).default('viewer'),
    isActive: p.boolean().default(true),
    projects: () => p.manyToMany(Project).pivotEntity(() => ClientProjectAccess),
  },
  uniques: [
    { name: 'uq_client_accounts_email', expression: 'create unique index "uq_client_accounts_email" on "client_accounts" (lower("email"))' },
  ],
  indexes: [{ name: 'ix_client_accounts_organisation_id_is_active', properties: ['organisation', 'isActive'] }],
});

/** An outside party (a funder, a broadcaster) who may see the media results of chosen projects. */
export class ClientAccount extends ClientAccountSchema.class {}
ClientAccountSchema.setClass(ClientAccount);
