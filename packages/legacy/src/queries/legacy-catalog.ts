import type { LegacyCatalogEntry } from './_legacy-query.ts';
import { LEGACY_GRANT_QUERIES } from './legacy-grant-queries.ts';
import { LEGACY_MEDIA_QUERIES } from './legacy-media-queries.ts';
import { LEGACY_WORK_QUERIES } from './legacy-work-queries.ts';

export type { LegacyCatalogEntry, LegacyForm, Sample } from './_legacy-query.ts';

/**
 * Every query of `QUERY_CATALOG` (by name) in the legacy app's own form on its schema (free-text
 * vocabularies, JSON lists, no foreign keys, SQLAlchemy's query shapes), or the reason it has none,
 * with sample parameters for both schemas: what `navimpact bench:queries` compares.
 */
export const LEGACY_CATALOG: Readonly<Record<string, LegacyCatalogEntry>> = {
  ...LEGACY_GRANT_QUERIES, ...LEGACY_WORK_QUERIES, ...LEGACY_MEDIA_QUERIES,
};
