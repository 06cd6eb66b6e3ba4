import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { MediaItem } from './media-item.entity.ts';

/**
 * Where media is published: the real app's YouTube, Vimeo, festivals and "social media", the
 * social platforms by name, and the broadcast and streaming outlets a Victorian screen company uses.
 */
export const DISTRIBUTION_PLATFORMS = [
  'youtube', 'vimeo', 'festival', 'social_media', 'instagram', 'facebook', 'tiktok', 'linkedin', 'x',
  'broadcast', 'streaming', 'cinema', 'podcast', 'website', 'education', 'other',
] as const;
export type DistributionPlatform = (typeof DISTRIBUTION_PLATFORMS)[number];

const count = () => p.integer().default(0);

const MediaDistributionSchema = defineEntity({
  name: 'MediaDistribution',
  tableName: 'media_distributions',
  properties: {
    ...standardColumns,
    mediaItem: () => p.manyToOne(MediaItem).deleteRule('cascade').index('ix_media_distributions_media_item_id'),
    platform: p.enum(DISTRIBUTION_PLATFORMS),
    url: p.text().nullable(),
    publishedOn: p.date().nullable(),
    views: count(),
    reach: count(),
    engagementRate: p.decimal('number').precision(5).scale(2).nullable(),
    notes: p.text().nullable(),
  },
  indexes: [{ name: 'ix_media_distributions_platform_published_on', properties: ['platform', 'publishedOn'] }],
  checks: [{ name: 'ck_media_distributions_counts', expression: 'views >= 0 and reach >= 0 and engagement_rate >= 0' }],
});

/** One publication of a media item on a platform, with its reach (the real app's distribution log). */
export class MediaDistribution extends MediaDistributionSchema.class {}
MediaDistributionSchema.setClass(MediaDistribution);
