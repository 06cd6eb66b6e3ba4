import { SCRAPER_SOURCES, type GrantSource } from '../entities/_sources.ts';
import type { GrantStatus, IndustryFocus, LocationEligibility } from '../entities/grant.entity.ts';
import type { ProjectStatus } from '../entities/project.entity.ts';
import type { ProjectRole } from '../entities/project-member.entity.ts';
import type { TaskPriority, TaskStatus } from '../entities/task.entity.ts';
import type { UserRole, UserStatus } from '../entities/user.entity.ts';
import type { DistributionPlatform } from '../entities/media-distribution.entity.ts';

// Every value the real app (A1anMc/NavImpactV2 @ 0de2bab), its scrapers and its seed scripts write,
// keyed in lower case, with the V2 value it becomes. Written once here for the adoption work.

/** Grant statuses: `closing_soon` is open with a near deadline; a `draft` program has not opened yet; `expired` (the generator's past deadlines) is closed. */
export const GRANT_STATUS_MAP: Readonly<Record<string, GrantStatus>> = {
  open: 'open', active: 'open', closing_soon: 'open', draft: 'upcoming', expired: 'closed',
  upcoming: 'upcoming', closed: 'closed', rolling: 'rolling',
};

/** Grant sectors: the scrapers' business-side values fold into `business`; `other` (BaseScraper's default) is `general`. */
export const INDUSTRY_FOCUS_MAP: Readonly<Record<string, IndustryFocus>> = {
  screen: 'screen', media: 'digital_media', digital: 'digital_media', games: 'games',
  arts: 'arts', creative_arts: 'arts', creative: 'arts', community: 'community',
  environment: 'environment', health: 'health', healthcare: 'health',
  technology: 'technology', innovation: 'technology',
  business: 'business', small_business: 'business', entrepreneurship: 'business', services: 'business',
  manufacturing: 'business', export: 'business', industry_development: 'business',
  research: 'research', education: 'education', sport: 'sport', agriculture: 'agriculture', other: 'general',
  // Hand-typed sectors and the forms' spellings, each folded into the V2 sector that holds it.
  'small business': 'business', social_enterprise: 'business', tourism: 'business',
  'creative arts': 'arts', festivals: 'arts', heritage: 'arts', 'digital media': 'digital_media', podcast: 'digital_media',
  animation: 'screen', theatre: 'performing_arts', dance: 'performing_arts', circus: 'performing_arts', publishing: 'literature',
  design: 'visual_arts', fashion: 'visual_arts', 'health & wellbeing': 'health', mental_health: 'health', aged_care: 'health',
  climate: 'environment', science: 'research', youth: 'community', women: 'community', multicultural: 'community',
  disability: 'community', housing: 'community', regional_development: 'community',
};

/**
 * Applicant locations: `australia` and the dummy scraper's `state` are national and Victorian;
 * Moreland, Yarra and the council scraper's `local` default are Melbourne councils.
 */
export const LOCATION_MAP: Readonly<Record<string, LocationEligibility>> = {
  national: 'national', australia: 'national', victoria: 'victoria', state: 'victoria',
  melbourne: 'melbourne_metro', moreland: 'melbourne_metro', yarra: 'melbourne_metro', local: 'melbourne_metro',
  regional: 'regional_australia', coastal: 'coastal', sydney: 'sydney', inner_west_sydney: 'sydney',
  brisbane: 'brisbane', adelaide: 'adelaide', perth: 'perth',
  // Victoria's abbreviation, its regional cities and Melbourne's councils; other states have no V2 value.
  vic: 'victoria', 'regional victoria': 'regional_victoria', 'australia-wide': 'national',
  geelong: 'regional_victoria', ballarat: 'regional_victoria', bendigo: 'regional_victoria', gippsland: 'regional_victoria',
  mornington_peninsula: 'regional_victoria', brimbank: 'melbourne_metro', darebin: 'melbourne_metro', 'merri-bek': 'melbourne_metro',
};

/** Project statuses, including those the dashboard counts (projects.py:380-386). */
export const PROJECT_STATUS_MAP: Readonly<Record<string, ProjectStatus>> = {
  planning: 'planning', active: 'active', in_progress: 'active', paused: 'on_hold', on_hold: 'on_hold',
  completed: 'completed', cancelled: 'cancelled', archived: 'archived',
};

/** Task statuses: the real PG enum `taskstatus` stores the Python enum's names. */
export const TASK_STATUS_MAP: Readonly<Record<string, TaskStatus>> = {
  todo: 'todo', in_progress: 'in_progress', review: 'review', blocked: 'blocked', done: 'done', completed: 'done',
};

/** Task priorities: the real PG enum `taskpriority` stores names (LOW … URGENT). */
export const TASK_PRIORITY_MAP: Readonly<Record<string, TaskPriority>> = {
  low: 'low', medium: 'medium', high: 'high', urgent: 'urgent',
};

/** Free-text membership roles (team_members.role); anything else is `contributor`. */
export const PROJECT_ROLE_MAP: Readonly<Record<string, ProjectRole>> = {
  lead: 'lead', producer: 'producer', director: 'director', editor: 'editor', researcher: 'researcher',
  project_manager: 'coordinator', coordinator: 'coordinator', developer: 'contributor',
};

/** Job titles of the real team (users.job_title) to V2 roles; the title itself is kept in job_title. */
export const JOB_TITLE_ROLE_MAP: Readonly<Record<string, UserRole>> = {
  'managing director': 'admin', 'creative director': 'creative_director', 'impact director': 'impact_lead',
  'operations officer': 'member', intern: 'member',
};

/** Availability (users.current_status); anything else is `available`. */
export const USER_STATUS_MAP: Readonly<Record<string, UserStatus>> = {
  available: 'available', busy: 'busy', away: 'away', learning: 'learning', on_leave: 'on_leave',
};

/** Distribution platforms (sge_distribution_logs.platform, free text); anything else is `other`. */
export const PLATFORM_MAP: Readonly<Record<string, DistributionPlatform>> = {
  youtube: 'youtube', vimeo: 'vimeo', festival: 'festival', 'social media': 'social_media',
  instagram: 'instagram', facebook: 'facebook', tiktok: 'tiktok', linkedin: 'linkedin', twitter: 'x', x: 'x',
};

/** Looks a real value up in one of the maps above, case- and space-insensitively; `fallback` when absent. */
export function mapLegacyValue<V extends string>(map: Readonly<Record<string, V>>, value: string | null | undefined, fallback: V): V {
  if (value == null) return fallback;
  return map[value.trim().toLowerCase()] ?? fallback;
}

/** grants.source: a scraper id stays; a funder's name (seed scripts) means a person typed the grant in. */
export function mapGrantSource(source: string): GrantSource {
  return (SCRAPER_SOURCES as readonly string[]).includes(source) ? (source as GrantSource) : 'manual';
}

/** A media duration as the real app writes it ('15:30', '2:30:15') in seconds; null when unreadable. */
export function parseDuration(text: string | null): number | null {
  if (!text || !/^\d+(:\d{1,2}){0,2}$/.test(text.trim())) return null;
  return text.trim().split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** An SDG tag as the real seed scripts write it ('SDG 11', 'SDG-4') as its number; null when it is none. */
export function parseSdgTag(tag: string): number | null {
  const match = /^SDG[\s-]?(\d{1,2})$/i.exec(tag.trim());
  const n = match ? Number(match[1]) : NaN;
  return n >= 1 && n <= 17 ? n : null;
}
