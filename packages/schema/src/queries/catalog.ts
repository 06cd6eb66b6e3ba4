import type { CatalogQuery } from './_query.ts';
import { GRANT_QUERIES } from './grant-queries.ts';
import { MEDIA_QUERIES } from './media-queries.ts';
import { WORK_QUERIES } from './work-queries.ts';

export type { CatalogQuery } from './_query.ts';

/**
 * The app's common queries: the real NavImpact app's (each names its file:line) and V2's
 * dashboards. Every index of the schema that is not a key or a foreign-key index must serve one
 * of them, and a test proves the planner can use it.
 */
export const QUERY_CATALOG: readonly CatalogQuery[] = [...GRANT_QUERIES, ...WORK_QUERIES, ...MEDIA_QUERIES];
