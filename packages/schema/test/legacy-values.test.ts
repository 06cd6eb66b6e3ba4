import { describe, expect, it } from 'vitest';
import {
  INDUSTRY_FOCUSES, INDUSTRY_FOCUS_MAP, LEGACY_TABLES, LOCATION_MAP, LOCATION_ELIGIBILITIES, PLATFORM_MAP, TASK_STATUS_MAP,
  mapGrantSource, mapLegacyValue, parseDuration, parseSdgTag,
} from '../src/index.ts';

describe('the legacy value maps', () => {
  it('give every value the real scrapers and seed scripts write a V2 value', () => {
    // Read from app/services/scrapers/*, app/db/seed.py and app/api/v1/endpoints/grants.py at 0de2bab.
    const industries = ['media', 'arts', 'community', 'technology', 'Technology', 'creative_arts', 'services', 'research',
      'manufacturing', 'innovation', 'export', 'digital', 'small_business', 'screen', 'industry_development', 'healthcare',
      'environment', 'entrepreneurship', 'agriculture', 'business', 'sport', 'education', 'creative', 'games', 'health', 'other'];
    for (const value of industries) expect(INDUSTRY_FOCUS_MAP[value.toLowerCase()], value).toBeDefined();
    const places = ['national', 'Australia', 'victoria', 'state', 'melbourne', 'moreland', 'yarra', 'local', 'regional',
      'coastal', 'sydney', 'inner_west_sydney', 'brisbane', 'adelaide', 'perth'];
    for (const value of places) expect(LOCATION_MAP[value.toLowerCase()], value).toBeDefined();
    for (const value of ['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE', 'BLOCKED']) expect(TASK_STATUS_MAP[value.toLowerCase()], value).toBeDefined();
    expect(mapLegacyValue(PLATFORM_MAP, ' Social Media ', 'other')).toBe('social_media');
    expect(mapLegacyValue(INDUSTRY_FOCUS_MAP, null, 'general')).toBe('general');
    expect(Object.values(INDUSTRY_FOCUS_MAP).every((v) => INDUSTRY_FOCUSES.includes(v))).toBe(true);
    expect(Object.values(LOCATION_MAP).every((v) => LOCATION_ELIGIBILITIES.includes(v))).toBe(true);
  });

  it('parse the real formats of grant sources, durations and SDG tags', () => {
    expect(mapGrantSource('business.gov.au')).toBe('business.gov.au');
    expect(mapGrantSource('Screen Australia')).toBe('manual');
    expect(parseDuration('15:30')).toBe(930);
    expect(parseDuration('2:30:15')).toBe(9015);
    expect(parseDuration('about an hour')).toBeNull();
    expect([parseSdgTag('SDG 11'), parseSdgTag('SDG-4'), parseSdgTag('E1')]).toEqual([11, 4, null]);
  });

  it('name a V2 table or a reason for every real table', () => {
    // The production build's 29 tables (real-schema.md §1), Alembic-only ones aside.
    expect(Object.keys(LEGACY_TABLES)).toHaveLength(29);
    for (const [table, { note }] of Object.entries(LEGACY_TABLES)) expect(note, table).not.toBe('');
  });
});
