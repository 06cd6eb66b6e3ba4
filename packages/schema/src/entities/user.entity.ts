import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Organisation } from './organisation.entity.ts';

/** What a person does in the organisation; drives permissions in the app. */
export const USER_ROLES = [
  'creative_director',
  'producer',
  'grants_manager',
  'impact_lead',
  'editor',
  'social_media_manager',
  'admin',
  'member',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    ...standardColumns,
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade').index('ix_users_organisation_id'),
    email: p.text(),
    fullName: p.text(),
    role: p.enum(USER_ROLES).default('member'),
    phone: p.text().nullable(),
    isActive: p.boolean().default(true),
    mentor: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_users_mentor_id'),
  },
  uniques: [{ name: 'uq_users_email', expression: 'create unique index "uq_users_email" on "users" (lower("email"))' }],
});

/** A team member; emails are unique whatever their case. */
export class User extends UserSchema.class {}
UserSchema.setClass(User);
