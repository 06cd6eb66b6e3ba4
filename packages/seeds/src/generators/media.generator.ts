import type { Faker } from '@faker-js/faker';
import type { MediaType, ProjectKind, StoryType } from '@navimpact/schema';
import { textArray, type Row, type RowSink } from '../dataset.ts';
import { addDays, atHour, daysBetween, isoDay, parseDay } from '../dates.ts';
import { VICTORIAN_PLACES } from '../reference/index.ts';
import { slugify } from '../slug.ts';
import { OUTLETS_BY_TYPE } from './_outlets.ts';
import { NumberColumns } from './_number-columns.ts';
import type { ProjectFacts } from './shadow-goose.generator.ts';

/** The generated media items with what the performance series needs (durationSeconds NaN for a still or a document). */
export type MediaFacts = NumberColumns<'id' | 'releaseTime' | 'durationSeconds' | 'reach'>;

// What each kind of production releases, in order: [type, title pattern, duration range in seconds].
const SLATE: Readonly<Record<ProjectKind, readonly [MediaType, string, number, number][]>> = {
  documentary: [['video', 'Official trailer', 90, 150], ['photo', 'Behind the scenes: on location', 0, 0], ['video', 'Community screening cut', 2400, 3300], ['transcript', 'Interview transcripts', 0, 0],
    ['video', 'Impact clip: what changed', 45, 120], ['video', 'Festival cut', 4800, 5700], ['photo', 'Community screening photos', 0, 0], ['video', 'Short for schools', 600, 900]],
  web_series: [['video', 'Teaser', 30, 60], ['video', 'Episode {n}', 540, 780], ['photo', 'Cast stills', 0, 0], ['video', 'Episode {n}', 540, 780], ['video', 'Behind the scenes', 120, 300], ['video', 'Episode {n}', 540, 780], ['mixed', 'Press kit', 0, 0], ['video', 'Episode {n}', 540, 780]],
  podcast: [['audio', 'Episode {n}', 1800, 3000], ['transcript', 'Episode {n} transcript', 0, 0], ['video', 'Video clip', 30, 90], ['audio', 'Episode {n}', 1800, 3000], ['audio', 'Episode {n}', 1800, 3000], ['transcript', 'Episode {n} transcript', 0, 0], ['audio', 'Bonus: listener questions', 900, 1500], ['audio', 'Episode {n}', 1800, 3000]],
  short_film: [['video', 'Teaser', 30, 75], ['photo', 'Production stills', 0, 0], ['video', 'Festival cut', 840, 1320], ['mixed', 'Press kit', 0, 0], ['video', 'Director interview', 300, 600], ['photo', 'Premiere photos', 0, 0], ['transcript', 'Audio description script', 0, 0], ['video', 'Trailer', 60, 120]],
  feature_film: [['video', 'Trailer', 90, 150]],
  interactive: [['mixed', 'Prototype walkthrough', 120, 300]],
};
const AUDIENCES = ['general_public', 'youth', 'regional_communities', 'educators', 'policy_makers', 'first_nations_communities', 'funders'];
const STORIES: readonly [StoryType, string, string][] = [
  ['testimonial', 'A viewer writes back', 'Told us the {kind} changed how they talk about it with their family.'],
  ['community_action', 'Screening sparks a local working group', 'After a screening in {place}, residents formed a group that meets monthly.'],
  ['policy_change', 'Council cites the film in its plan', '{place} council referenced the {kind} in a draft policy and invited the team to present.'],
  ['funding_unlocked', 'Partner funds a second season', 'A partner who saw the {kind} committed funding to continue the work.'],
];

/** Media items for each active project, their distribution on real outlets, and impact stories from the released ones. */
export function* generateMedia(sink: RowSink, faker: Faker, refDate: Date, projects: ProjectFacts[], names: ReadonlyMap<number, string>, perProject: number): Generator<void, MediaFacts> {
  const facts: MediaFacts = new NumberColumns(['id', 'releaseTime', 'durationSeconds', 'reach']);
  for (const project of projects.filter((p) => p.status === 'active')) {
    const slate = SLATE[project.kind];
    const place = faker.helpers.arrayElement(VICTORIAN_PLACES).name;
    const seen = new Map<string, number>();
    for (let i = 0; i < perProject; i++) {
      const [type, pattern, minS, maxS] = slate[i % slate.length]!;
      const n = (seen.get(pattern) ?? 0) + 1;
      seen.set(pattern, n);
      const title = `${project.name}: ${pattern.includes('{n}') ? pattern.replace('{n}', String(n)) : n > 1 ? `${pattern} (${n})` : pattern}`;
      const span = Math.max(1, daysBetween(project.startDate, refDate) - 7);
      const release = addDays(project.startDate, Math.min(span, Math.round(((i + 1) / (perProject + 1)) * span) + faker.number.int({ min: 0, max: 5 })));
      const created = atHour(release, -faker.number.int({ min: 3, max: 30 }), faker.number.int({ min: 9, max: 17 }));
      const id = sink.count('media_items') + 1;
      const duration = maxS === 0 ? null : faker.number.int({ min: minS, max: maxS });
      sink.add('media_items', {
        id, created_at: created, updated_at: atHour(release, 0, 9), project_id: project.id, title, media_type: type,
        duration_seconds: duration, release_date: isoDay(release),
        target_audience: textArray(faker.helpers.arrayElements(AUDIENCES, { min: 1, max: 3 })),
        contributors: textArray(faker.helpers.arrayElements(project.memberIds.map((u) => names.get(u)!), { min: 1, max: 3 })),
        production_budget: type === 'video' && duration !== null && duration > 300 ? (faker.number.int({ min: 8, max: 60 }) * 1000).toFixed(2) : null,
        thumbnail_url: `https://shadowgoose.com.au/media/${slugify(title)}.jpg`,
      });
      let reach = 0;
      for (const outlet of faker.helpers.arrayElements(OUTLETS_BY_TYPE[type], { min: 1, max: type === 'video' ? 4 : 2 })) {
        const published = addDays(release, outlet.platform === 'festival' ? -faker.number.int({ min: 0, max: 3 }) : faker.number.int({ min: 0, max: 3 }));
        if (published >= refDate) continue;
        const views = faker.number.int({ min: outlet.views[0], max: outlet.views[1] });
        reach += views;
        sink.add('media_distributions', {
          id: sink.count('media_distributions') + 1, ...pair(atHour(published, 0, 10)), media_item_id: id, platform: outlet.platform,
          url: outlet.url(slugify(title), faker.string.alphanumeric(11), faker.string.numeric(19)), published_on: isoDay(published), views,
          reach: Math.round(views * faker.number.float({ min: 1.2, max: 3 })), engagement_rate: faker.number.float({ min: 1.5, max: 9, fractionDigits: 2 }),
          notes: outlet.name,
        });
      }
      facts.push({ id, releaseTime: release.getTime(), durationSeconds: duration ?? NaN, reach });
      if (i % 3 !== 2 && daysBetween(release, refDate) > 14) sink.add('impact_stories', story(sink.count('impact_stories') + 1, faker, refDate, id, release, project.kind, place));
      yield;
    }
  }
  return facts;
}

function pair(at: Date): { created_at: Date; updated_at: Date } {
  return { created_at: at, updated_at: at };
}

function story(id: number, faker: Faker, refDate: Date, mediaItemId: number, release: Date, kind: ProjectKind, place: string): Row {
  const [type, title, text] = faker.helpers.arrayElement(STORIES);
  const happened = addDays(release, faker.number.int({ min: 7, max: Math.max(7, daysBetween(release, refDate) - 1) }));
  const organisation = faker.helpers.arrayElement([`${place} Community Health`, `${place} Secondary College`, `${place} Climate Action Network`, `Shire of ${place}`]);
  return {
    id, ...pair(atHour(parseDay(isoDay(happened)), 0, 15)), media_item_id: mediaItemId,
    story_type: faker.datatype.boolean(0.85) ? type : null, title, description: text.replace('{kind}', kind.replace('_', ' ')).replace('{place}', place),
    stakeholder_name: faker.person.fullName(), stakeholder_organisation: organisation, impact_date: isoDay(happened),
    quantifiable_outcome: faker.helpers.arrayElement([`${faker.number.int({ min: 40, max: 400 })} people attended`, `${faker.number.int({ min: 5, max: 60 })} referrals in a month`, `$${faker.number.int({ min: 5, max: 80 })},000 committed`, null]),
  };
}
