import type { Faker } from '@faker-js/faker';
import type { SocialPlatform } from '@navimpact/schema';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { addDays, atHour, isoDay } from '../dates.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

/** A year of daily numbers ends the day before the reference date. */
export const METRIC_DAYS = 365;

const PLATFORMS: readonly { platform: SocialPlatform; followers: number; reach: number; base: string }[] = [
  { platform: 'instagram', followers: 4200, reach: 9, base: 'https://www.instagram.com/' },
  { platform: 'facebook', followers: 3100, reach: 6, base: 'https://www.facebook.com/' },
  { platform: 'tiktok', followers: 1600, reach: 25, base: 'https://www.tiktok.com/@' },
  { platform: 'youtube', followers: 900, reach: 12, base: 'https://www.youtube.com/@' },
  { platform: 'linkedin', followers: 700, reach: 4, base: 'https://www.linkedin.com/company/' },
  { platform: 'x', followers: 1100, reach: 5, base: 'https://x.com/' },
];

// Tuesday to Thursday are the team's posting days; weekends are quiet.
const POSTS_BY_WEEKDAY = [0.2, 0.8, 1.4, 1.5, 1.3, 0.9, 0.3];

/** Account ids with the day their series starts, for the OKR baseline. */
export interface SocialFacts {
  accountIds: number[];
  firstDay: Date;
}

/** Shadow Goose's account on every platform plus project accounts, each with a daily series: trend, weekly rhythm, campaign spikes. */
export function generateSocial(dataset: Dataset, faker: Faker, refDate: Date, projects: ProjectFacts[], projectAccounts: number): SocialFacts {
  const accounts: Row[] = PLATFORMS.map((p, i) => account(i + 1, faker, refDate, p.platform, null, 'shadowgoose.ent', p.base));
  const active = projects.filter((p) => p.status === 'active');
  for (let i = 0; i < projectAccounts && i < active.length * PLATFORMS.length; i++) {
    const project = active[i % active.length]!;
    const platform = PLATFORMS[Math.floor(i / active.length) % PLATFORMS.length]!;
    const handle = `${project.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}${i >= active.length ? i : ''}`;
    accounts.push(account(accounts.length + 1, faker, refDate, platform.platform, project.id, handle, platform.base));
  }
  addRows(dataset, 'social_accounts', accounts);
  const firstDay = addDays(refDate, -METRIC_DAYS);
  const campaigns = active.map((p) => Math.max(0, Math.min(METRIC_DAYS - 1, Math.round((p.startDate.getTime() - firstDay.getTime()) / 86_400_000) + faker.number.int({ min: 20, max: 120 }))));
  const metrics: Row[] = [];
  for (const row of accounts) {
    const profile = PLATFORMS.find((p) => p.platform === row.platform)!;
    const scale = row.project_id === null ? 1 : 0.25;
    appendSeries(metrics, faker, Number(row.id), firstDay, profile.followers * scale, profile.reach, campaigns);
  }
  addRows(dataset, 'social_metrics', metrics);
  return { accountIds: accounts.map((a) => Number(a.id)), firstDay };
}

function account(id: number, faker: Faker, refDate: Date, platform: SocialPlatform, projectId: number | null, handle: string, base: string): Row {
  const createdAt = atHour(refDate, -METRIC_DAYS - faker.number.int({ min: 10, max: 200 }), 10);
  return { id, created_at: createdAt, updated_at: createdAt, organisation_id: 1, project_id: projectId, platform, handle, url: `${base}${handle}` };
}

function appendSeries(metrics: Row[], faker: Faker, accountId: number, firstDay: Date, startFollowers: number, reach: number, campaigns: number[]): void {
  let followers = Math.round(startFollowers * faker.number.float({ min: 0.85, max: 1.15 }));
  const growth = faker.number.float({ min: 0.0008, max: 0.0018 });
  for (let day = 0; day < METRIC_DAYS; day++) {
    const date = addDays(firstDay, day);
    const boost = campaigns.reduce((b, start) => (day >= start && day < start + 14 ? b + 4 * Math.exp(-(day - start) / 4) : b), 1);
    const posts = Math.round(POSTS_BY_WEEKDAY[date.getUTCDay()]! * faker.number.float({ min: 0.5, max: 1.6 }) * Math.min(boost, 2));
    const impressions = Math.round(followers * reach * (0.35 + posts * 0.4) * boost * faker.number.float({ min: 0.8, max: 1.2 }) / 10);
    const engagements = Math.round(impressions * faker.number.float({ min: 0.015, max: 0.05 }));
    followers += Math.round(followers * growth * faker.number.float({ min: 0, max: 2 }) + (boost - 1) * engagements * 0.02);
    const at = atHour(date, 0, 23, 55);
    metrics.push({ id: metrics.length + 1, created_at: at, updated_at: at, social_account_id: accountId, date: isoDay(date), followers, impressions, engagements, posts });
  }
}
