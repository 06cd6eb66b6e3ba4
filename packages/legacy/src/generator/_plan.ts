/** The share of the total rows each table gets: most rows are grants, metrics, time entries, logs and comments. */
export const TABLE_SHARES = {
  users: 0.002,
  tags: 0.0006,
  projects: 0.004,
  team_members: 0.012,
  project_tags: 0.004,
  grants: 0.2554,
  grant_tags: 0.06,
  scraper_logs: 0.08,
  tasks: 0.05,
  task_tags: 0.02,
  task_comments: 0.1,
  reactions: 0.05,
  time_entries: 0.15,
  metrics: 0.01,
  program_logics: 0.002,
  sge_media_projects: 0.006,
  sge_distribution_logs: 0.02,
  sge_performance_metrics: 0.17,
  sge_impact_stories: 0.003,
  sge_client_access: 0.001,
} as const;

export type GeneratedTable = keyof typeof TABLE_SHARES;

/** Smallest sizes, so a small build still has every table and every kind of damage. */
const MINIMUM: Partial<Record<GeneratedTable, number>> = {
  users: 40, tags: 60, projects: 30, sge_media_projects: 20, sge_client_access: 20, program_logics: 10,
};

/**
 * How often each kind of damage occurs in a generated database: rates per row of the table named,
 * set to what a production database of a scraper-fed app with raw-SQL fixes accumulates. Each kind
 * is also forced on one early row, so even the smallest build has every kind.
 */
export const DAMAGE_RATES = {
  userEmailCase: 0.005, userNoName: 0.03, userNoActive: 0.02, userMentorOrphan: 0.01,
  tagNameCase: 0.02, projectDuplicateName: 0.01, projectNoTimestamps: 0.05, sdgUnknown: 0.005,
  membershipDuplicate: 0.01, membershipNoJoined: 0.05, taskNoTimestamps: 0.02, mentionOrphan: 0.005,
  timeEntryNoCreated: 0.01, timeEntryNegative: 0.002, grantInverted: 0.003, grantNoMin: 0.06, grantNoMax: 0.1, grantCreatorOrphan: 0.05,
  sgeProjectOrphan: 0.01, sgeDurationText: 0.1, sgeMediaOrphan: 0.005, sgeNegativeCount: 0.001, sgeStoryOrphan: 0.01, clientProjectOrphan: 0.05,
} as const;

/** The generation context every table generator reads. */
export interface GenContext {
  seed: number;
  /** The reference date's epoch milliseconds: every timestamp lies before it. */
  refMs: number;
  counts: Record<GeneratedTable, number>;
}

/** Row counts per table for a total of about `rows`. */
export function planCounts(rows: number): Record<GeneratedTable, number> {
  const counts = {} as Record<GeneratedTable, number>;
  for (const [table, share] of Object.entries(TABLE_SHARES) as [GeneratedTable, number][]) {
    counts[table] = Math.max(MINIMUM[table] ?? 5, Math.round(rows * share));
  }
  return counts;
}
