import { defineEntity, p } from '@mikro-orm/core';
import { jsonDocument, standardColumns } from './_base.ts';
import { SCRAPER_SOURCES } from './_sources.ts';

/** How a scraper run ended; `running` until it does (the real app's scraper_service.py writes these four). */
export const SCRAPER_RUN_STATUSES = ['running', 'success', 'partial', 'error'] as const;
export type ScraperRunStatus = (typeof SCRAPER_RUN_STATUSES)[number];

const count = () => p.integer().default(0);

const ScraperRunSchema = defineEntity({
  name: 'ScraperRun',
  tableName: 'scraper_runs',
  properties: {
    ...standardColumns,
    source: p.enum(SCRAPER_SOURCES),
    startedAt: p.datetime().columnType('timestamptz'),
    endedAt: p.datetime().columnType('timestamptz').nullable(),
    durationSeconds: p.integer().nullable(),
    status: p.enum(SCRAPER_RUN_STATUSES).default('running'),
    grantsFound: count(),
    grantsAdded: count(),
    grantsUpdated: count(),
    errorMessage: p.text().nullable(),
    metadata: jsonDocument<Record<string, unknown>>('{}'),
  },
  indexes: [
    // Ascending is enough: "newest first" reads the index backwards.
    { name: 'ix_scraper_runs_source_started_at', properties: ['source', 'startedAt'] },
  ],
  checks: [
    {
      name: 'ck_scraper_runs_counts',
      expression: 'grants_found >= 0 and grants_added >= 0 and grants_updated >= 0 and duration_seconds >= 0 and (ended_at is null or ended_at >= started_at)',
    },
  ],
});

/** One run of a grant scraper: when, how it ended, and what it found. */
export class ScraperRun extends ScraperRunSchema.class {}
ScraperRunSchema.setClass(ScraperRun);
