import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { MediaItem } from './media-item.entity.ts';

const count = () => p.integer().default(0);

const MediaPerformanceMetricSchema = defineEntity({
  name: 'MediaPerformanceMetric',
  tableName: 'media_performance_metrics',
  properties: {
    ...standardColumns,
    mediaItem: () => p.manyToOne(MediaItem).deleteRule('cascade'),
    date: p.date(),
    views: count(),
    uniqueViewers: count(),
    watchTimeMinutes: count(),
    engagementRate: p.decimal('number').precision(5).scale(2).nullable(),
    shares: count(),
    comments: count(),
  },
  uniques: [{ name: 'uq_media_performance_metrics_media_item_id_date', properties: ['mediaItem', 'date'] }],
  indexes: [{ name: 'ix_media_performance_metrics_date', properties: ['date'] }],
  checks: [
    {
      name: 'ck_media_performance_metrics_counts',
      expression: 'views >= 0 and unique_viewers >= 0 and watch_time_minutes >= 0 and shares >= 0 and comments >= 0 and engagement_rate >= 0',
    },
  ],
});

/** One day's numbers for one media item. */
export class MediaPerformanceMetric extends MediaPerformanceMetricSchema.class {}
MediaPerformanceMetricSchema.setClass(MediaPerformanceMetric);
