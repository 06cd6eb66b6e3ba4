import { defineEntity, p } from '@mikro-orm/core';
import { money, standardColumns, textList } from './_base.ts';
import { Project } from './project.entity.ts';

/** What a media item is; the real app's four, plus audio for Shadow Goose's podcasts. */
export const MEDIA_TYPES = ['video', 'photo', 'transcript', 'audio', 'mixed'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

const MediaItemSchema = defineEntity({
  name: 'MediaItem',
  tableName: 'media_items',
  properties: {
    ...standardColumns,
    project: () => p.manyToOne(Project).deleteRule('cascade'),
    // The real table has no title; adoption names each item after its project, type and release date.
    title: p.text(),
    mediaType: p.enum(MEDIA_TYPES),
    // Seconds, not the real app's '15:30' text, so durations add up and sort.
    durationSeconds: p.integer().nullable(),
    releaseDate: p.date().nullable(),
    targetAudience: textList(),
    contributors: textList(),
    productionBudget: money().nullable(),
    thumbnailUrl: p.text().nullable(),
  },
  indexes: [
    { name: 'ix_media_items_project_id_media_type', properties: ['project', 'mediaType'] },
    { name: 'ix_media_items_media_type', properties: ['mediaType'] },
    { name: 'ix_media_items_created_at', properties: ['createdAt'] },
  ],
  checks: [{ name: 'ck_media_items_amounts', expression: 'duration_seconds >= 0 and production_budget >= 0' }],
});

/** A piece of media a project produced (a video, a photo set, a transcript, an episode). */
export class MediaItem extends MediaItemSchema.class {}
MediaItemSchema.setClass(MediaItem);
