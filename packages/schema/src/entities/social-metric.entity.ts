import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { SocialAccount } from './social-account.entity.ts';

const SocialMetricSchema = defineEntity({
  name: 'SocialMetric',
  tableName: 'social_metrics',
  properties: {
    ...standardColumns,
    socialAccount: () => p.manyToOne(SocialAccount).deleteRule('cascade'),
    date: p.date(),
    followers: p.integer(),
    impressions: p.integer(),
    engagements: p.integer(),
    posts: p.integer(),
  },
  uniques: [{ name: 'uq_social_metrics_social_account_id_date', properties: ['socialAccount', 'date'] }],
  checks: [
    { name: 'ck_social_metrics_counts', expression: 'followers >= 0 and impressions >= 0 and engagements >= 0 and posts >= 0' },
  ],
});

/** One day of an account's numbers: followers at the end of the day, the rest during it. */
export class SocialMetric extends SocialMetricSchema.class {}
SocialMetricSchema.setClass(SocialMetric);
