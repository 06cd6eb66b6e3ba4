import type { Faker } from '@faker-js/faker';
import type { RowSink } from '../dataset.ts';
import { addDays, atHour, daysBetween, isoDay } from '../dates.ts';
import type { MediaFacts } from './media.generator.ts';

// People watch more at the weekend and on Monday night; Thursday is the quietest (Sunday first).
const VIEWS_BY_WEEKDAY = [1.35, 1.1, 0.9, 0.85, 0.8, 0.95, 1.3];

/** The longest series per item: a year, like the social metrics. */
const MAX_DAYS = 365;

/**
 * A daily series per released media item up to the day before the reference date: a launch spike
 * that decays into a long tail growing slowly, with a weekly rhythm; watch time follows duration.
 */
export function* generateMediaPerformance(sink: RowSink, faker: Faker, refDate: Date, items: MediaFacts): Generator<void> {
  for (const item of items) {
    const releaseDate = new Date(item.releaseTime);
    const days = Math.min(MAX_DAYS, daysBetween(releaseDate, refDate));
    const launch = Math.max(50, item.reach) * faker.number.float({ min: 0.08, max: 0.18 });
    const tail = launch * faker.number.float({ min: 0.03, max: 0.08 });
    const growth = faker.number.float({ min: 0.0005, max: 0.003 });
    const watchShare = faker.number.float({ min: 0.35, max: 0.7 });
    for (let day = 0; day < days; day++) {
      const date = addDays(releaseDate, day);
      const trend = launch * Math.exp(-day / 6) + tail * (1 + growth * day);
      const views = Math.round(trend * VIEWS_BY_WEEKDAY[date.getUTCDay()]! * faker.number.float({ min: 0.75, max: 1.25 }));
      const minutesPerView = Number.isNaN(item.durationSeconds) ? 0.5 : (item.durationSeconds / 60) * watchShare;
      const engagement = faker.number.float({ min: 1.5, max: 8.5, fractionDigits: 2 });
      const at = atHour(date, 0, 23, 55);
      sink.add('media_performance_metrics', {
        id: sink.count('media_performance_metrics') + 1, created_at: at, updated_at: at, media_item_id: item.id, date: isoDay(date), views,
        unique_viewers: Math.round(views * faker.number.float({ min: 0.7, max: 0.92 })),
        watch_time_minutes: Math.round(views * minutesPerView), engagement_rate: engagement,
        shares: Math.round(views * engagement / 100 * 0.2), comments: Math.round(views * engagement / 100 * 0.1),
      });
    }
    yield;
  }
}
