import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Organisation } from './organisation.entity.ts';
import { Project } from './project.entity.ts';

/** The platforms whose numbers OKR 4.1 tracks. */
export const SOCIAL_PLATFORMS = ['instagram', 'facebook', 'tiktok', 'youtube', 'linkedin', 'x'] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

const SocialAccountSchema = defineEntity({
  name: 'SocialAccount',
  tableName: 'social_accounts',
  properties: {
    ...standardColumns,
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade').index('ix_social_accounts_organisation_id'),
    project: () => p.manyToOne(Project).nullable().deleteRule('set null').index('ix_social_accounts_project_id'),
    platform: p.enum(SOCIAL_PLATFORMS),
    handle: p.text(),
    url: p.text().nullable(),
  },
  uniques: [{ name: 'uq_social_accounts_platform_handle', properties: ['platform', 'handle'] }],
});

/** An organisation's (or one project's) account on a social platform. */
export class SocialAccount extends SocialAccountSchema.class {}
SocialAccountSchema.setClass(SocialAccount);
