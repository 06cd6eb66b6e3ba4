import { defineEntity, p } from '@mikro-orm/core';
import { jsonDocument, standardColumns, textList } from './_base.ts';
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

/** The availability a person shows the team (the real app writes `available` and `learning`). */
export const USER_STATUSES = ['available', 'busy', 'away', 'learning', 'on_leave'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

// passlib's bcrypt, as the real app's app/core/security.py writes and verifies it: $2b$<cost>$<53 chars>.
const BCRYPT = String.raw`^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$`;

const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    ...standardColumns,
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade'),
    email: p.text(),
    // Null for a person who was invited or seeded but never set a password: they cannot sign in until they do.
    // Hidden and lazy: only sign-in asks for it, and it never leaves the server in a serialised user.
    passwordHash: p.text().nullable().hidden().lazy(),
    fullName: p.text(),
    role: p.enum(USER_ROLES).default('member'),
    jobTitle: p.text().nullable(),
    isIntern: p.boolean().default(false),
    phone: p.text().nullable(),
    bio: p.text().nullable(),
    avatarUrl: p.text().nullable(),
    location: p.text().nullable(),
    timezone: p.text().nullable(),
    currentStatus: p.enum(USER_STATUSES).default('available'),
    skills: textList(),
    interests: textList(),
    socialLinks: jsonDocument<Record<string, string>>('{}'),
    preferences: jsonDocument<Record<string, unknown>>('{}'),
    isActive: p.boolean().default(true),
    mentor: () => p.manyToOne(User).nullable().deleteRule('set null').index('ix_users_mentor_id'),
  },
  uniques: [{ name: 'uq_users_email', expression: 'create unique index "uq_users_email" on "users" (lower("email"))' }],
  indexes: [{ name: 'ix_users_organisation_id_is_active', properties: ['organisation', 'isActive'] }],
  checks: [{ name: 'ck_users_password_hash', expression: `password_hash ~ '${BCRYPT}'` }],
});

/** A team member with their profile; emails are unique whatever their case. */
export class User extends UserSchema.class {}
UserSchema.setClass(User);
