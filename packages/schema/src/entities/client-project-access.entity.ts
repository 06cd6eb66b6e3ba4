import { defineEntity, p } from '@mikro-orm/core';
import { timestampColumns } from './_base.ts';
import { ClientAccount } from './client-account.entity.ts';
import { Project } from './project.entity.ts';

const ClientProjectAccessSchema = defineEntity({
  name: 'ClientProjectAccess',
  tableName: 'client_project_access',
  properties: {
    clientAccount: () => p.manyToOne(ClientAccount).primary().deleteRule('cascade'),
    project: () => p.manyToOne(Project).primary().deleteRule('cascade').index('ix_client_project_access_project_id'),
    ...timestampColumns,
  },
});

/**
 * A project one client may see; replaces the real app's `allowed_projects` int array, which no
 * foreign key could check and which kept ids of deleted projects.
 */
export class ClientProjectAccess extends ClientProjectAccessSchema.class {}
ClientProjectAccessSchema.setClass(ClientProjectAccess);
