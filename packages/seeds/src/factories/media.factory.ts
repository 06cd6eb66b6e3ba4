import type { EntityData } from '@mikro-orm/core';
import { DISTRIBUTION_PLATFORMS, ImpactStory, MEDIA_TYPES, MediaDistribution, MediaItem, MediaPerformanceMetric, STORY_TYPES } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { ProjectFactory } from './project.factory.ts';

/** Makes media items of a project, released in the two months before the reference date. */
export class MediaItemFactory extends NavImpactFactory<MediaItem> {
  readonly model = MediaItem;

  protected definition(input?: EntityData<MediaItem>): EntityData<MediaItem> {
    const mediaType = this.faker.helpers.arrayElement(MEDIA_TYPES);
    return {
      project: this.related(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne()),
      title: `${this.faker.book.title()} ${this.ctx.next()}`,
      mediaType,
      durationSeconds: mediaType === 'video' || mediaType === 'audio' ? this.faker.number.int({ min: 30, max: 3600 }) : null,
      releaseDate: isoDay(addDays(this.ctx.refDate, -this.faker.number.int({ min: 7, max: 60 }))),
      targetAudience: ['general_public'],
      ...input,
    };
  }
}

/** Makes one publication of a media item, on or after its release. */
export class MediaDistributionFactory extends NavImpactFactory<MediaDistribution> {
  readonly model = MediaDistribution;

  protected definition(input?: EntityData<MediaDistribution>): EntityData<MediaDistribution> {
    const mediaItem = this.related<MediaItem>(input, 'mediaItem', () => new MediaItemFactory(this.em, this.ctx).makeOne());
    const views = this.faker.number.int({ min: 100, max: 50_000 });
    return {
      mediaItem, platform: this.faker.helpers.arrayElement(DISTRIBUTION_PLATFORMS), url: this.faker.internet.url(),
      publishedOn: mediaItem.releaseDate, views, reach: views * 2, engagementRate: this.faker.number.float({ min: 1, max: 9, fractionDigits: 2 }),
      ...input,
    };
  }
}

/** Makes one day of a media item's numbers; successive metrics of a set fall on successive days. */
export class MediaPerformanceMetricFactory extends NavImpactFactory<MediaPerformanceMetric> {
  readonly model = MediaPerformanceMetric;

  protected definition(input?: EntityData<MediaPerformanceMetric>): EntityData<MediaPerformanceMetric> {
    const views = this.faker.number.int({ min: 10, max: 5_000 });
    return {
      mediaItem: this.related(input, 'mediaItem', () => new MediaItemFactory(this.em, this.ctx).makeOne()),
      date: isoDay(addDays(this.ctx.refDate, -this.ctx.next())),
      views, uniqueViewers: Math.round(views * 0.8), watchTimeMinutes: views * 2,
      engagementRate: this.faker.number.float({ min: 1, max: 9, fractionDigits: 2 }), shares: Math.round(views / 50), comments: Math.round(views / 100),
      ...input,
    };
  }
}

/** Makes impact stories of a media item, dated before the reference date. */
export class ImpactStoryFactory extends NavImpactFactory<ImpactStory> {
  readonly model = ImpactStory;

  protected definition(input?: EntityData<ImpactStory>): EntityData<ImpactStory> {
    return {
      mediaItem: this.related(input, 'mediaItem', () => new MediaItemFactory(this.em, this.ctx).makeOne()),
      storyType: this.faker.helpers.arrayElement(STORY_TYPES), title: this.faker.company.catchPhrase(),
      description: this.faker.lorem.sentences(2), stakeholderName: this.faker.person.fullName(),
      stakeholderOrganisation: this.faker.company.name(), impactDate: isoDay(addDays(this.ctx.refDate, -this.faker.number.int({ min: 1, max: 30 }))),
      ...input,
    };
  }
}
