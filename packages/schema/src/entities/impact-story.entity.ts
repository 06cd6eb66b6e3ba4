import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { MediaItem } from './media-item.entity.ts';

/** The kinds of impact a story records (the real app's four). */
export const STORY_TYPES = ['testimonial', 'policy_change', 'funding_unlocked', 'community_action'] as const;
export type StoryType = (typeof STORY_TYPES)[number];

const ImpactStorySchema = defineEntity({
  name: 'ImpactStory',
  tableName: 'impact_stories',
  properties: {
    ...standardColumns,
    mediaItem: () => p.manyToOne(MediaItem).deleteRule('cascade').index('ix_impact_stories_media_item_id'),
    // Nullable as in the real app: a story is often recorded before anyone classifies it.
    storyType: p.enum(STORY_TYPES).nullable(),
    title: p.text(),
    description: p.text().nullable(),
    stakeholderName: p.text().nullable(),
    stakeholderOrganisation: p.text().nullable(),
    impactDate: p.date().nullable(),
    quantifiableOutcome: p.text().nullable(),
  },
  indexes: [
    { name: 'ix_impact_stories_story_type', properties: ['storyType'] },
    { name: 'ix_impact_stories_created_at', properties: ['createdAt'] },
  ],
});

/** Evidence of change a media item caused: a testimonial, a policy change, funding it unlocked. */
export class ImpactStory extends ImpactStorySchema.class {}
ImpactStorySchema.setClass(ImpactStory);
