import pg from 'pg';
import {
  CLIENT_ACCESS_LEVELS, DISTRIBUTION_PLATFORMS, GRANT_STATUSES, GRANT_STATUS_MAP, INDUSTRY_FOCUSES, INDUSTRY_FOCUS_MAP, JOB_TITLE_ROLE_MAP,
  LOCATION_ELIGIBILITIES, LOCATION_MAP, MEDIA_TYPES, PLATFORM_MAP, PROJECT_ROLES, PROJECT_ROLE_MAP, PROJECT_STATUSES, PROJECT_STATUS_MAP,
  SCRAPER_RUN_STATUSES, SCRAPER_SOURCES, STORY_TYPES, TASK_PRIORITY_MAP, TASK_STATUS_MAP, USER_STATUS_MAP,
} from '@navimpact/schema';
import { ARCHIVE } from './_copy-legacy.ts';

// The schema package's value maps, written once into the adopted database as a table, so the SQL
// transform reads the same maps the TypeScript code uses and the report can show every decision.
// A V2 value the map does not list maps to itself.
const same = (values: readonly string[]) => Object.fromEntries(values.map((v) => [v, v]));
/** Each value map by name: the legacy value (lower case) → the V2 value. */
export const VALUE_MAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  grant_status: { ...same(GRANT_STATUSES), ...GRANT_STATUS_MAP },
  industry_focus: { ...same(INDUSTRY_FOCUSES), ...INDUSTRY_FOCUS_MAP },
  location: { ...same(LOCATION_ELIGIBILITIES), ...LOCATION_MAP },
  job_title_role: JOB_TITLE_ROLE_MAP,
  user_status: USER_STATUS_MAP,
  grant_source: same(SCRAPER_SOURCES),
  project_status: { ...same(PROJECT_STATUSES), ...PROJECT_STATUS_MAP },
  project_role: { ...same(PROJECT_ROLES), ...PROJECT_ROLE_MAP },
  task_status: TASK_STATUS_MAP,
  task_priority: TASK_PRIORITY_MAP,
  // No TypeScript code maps these, so they live here only: Shadow Goose's production formats and
  // outlets, the story kinds its forms spelled short, the run statuses its scrapers logged.
  media_type: {
    ...same(MEDIA_TYPES), documentary: 'video', web_series: 'video', short_film: 'video', film: 'video', feature: 'video', trailer: 'video',
    episode: 'video', podcast: 'audio', audio_series: 'audio', radio: 'audio', photography: 'photo', photos: 'photo', social_content: 'mixed',
  },
  platform: {
    ...same(DISTRIBUTION_PLATFORMS), ...PLATFORM_MAP, 'abc iview': 'streaming', 'sbs on demand': 'streaming', netflix: 'streaming', stan: 'streaming',
    abc: 'broadcast', sbs: 'broadcast', nitv: 'broadcast', spotify: 'podcast', 'apple podcasts': 'podcast',
  },
  story_type: { ...same(STORY_TYPES), community: 'community_action', policy: 'policy_change', funding: 'funding_unlocked' },
  client_access_level: same(CLIENT_ACCESS_LEVELS),
  scraper_status: { ...same(SCRAPER_RUN_STATUSES), completed: 'success', failed: 'error', failure: 'error' },
};

/** Writes `legacy_archive.value_maps(map, legacy, v2)`: the legacy values, lower case, and the V2 value each becomes. */
export async function writeValueMaps(client: pg.Client): Promise<void> {
  await client.query(`create table ${ARCHIVE}.value_maps (map text not null, legacy text not null, v2 text not null, primary key (map, legacy))`);
  const rows = Object.entries(VALUE_MAPS).flatMap(([map, values]) => Object.entries(values).map(([legacy, v2]) => [map, legacy, v2]));
  const params = rows.flat();
  const tuples = rows.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
  await client.query(`insert into ${ARCHIVE}.value_maps values ${tuples}`, params);
}

/** SQL: the V2 value of `expression` by one map (case- and space-insensitive, as mapLegacyValue), or NULL. */
export function mapped(map: string, expression: string): string {
  return `(select vm.v2 from ${ARCHIVE}.value_maps vm where vm.map = ${pg.escapeLiteral(map)} and vm.legacy = lower(trim(${expression}::text)))`;
}
