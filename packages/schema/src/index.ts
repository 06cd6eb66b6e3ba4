export { ENTITIES } from './entities/index.ts';
export { Organisation } from './entities/organisation.entity.ts';
export { User, USER_ROLES, USER_STATUSES } from './entities/user.entity.ts';
export type { UserRole, UserStatus } from './entities/user.entity.ts';
export { Project, PROJECT_KINDS, PROJECT_STATUSES, IMPACT_TYPES } from './entities/project.entity.ts';
export type { ProjectKind, ProjectStatus, ImpactType } from './entities/project.entity.ts';
export { ProjectTag } from './entities/project-tag.entity.ts';
export { ProjectMember, PROJECT_ROLES } from './entities/project-member.entity.ts';
export type { ProjectRole } from './entities/project-member.entity.ts';
export { Funder, FUNDER_KINDS, JURISDICTIONS } from './entities/funder.entity.ts';
export type { FunderKind, Jurisdiction } from './entities/funder.entity.ts';
export { Tag } from './entities/tag.entity.ts';
export { Grant, GRANT_STATUSES, INDUSTRY_FOCUSES, LOCATION_ELIGIBILITIES } from './entities/grant.entity.ts';
export type { GrantStatus, IndustryFocus, LocationEligibility } from './entities/grant.entity.ts';
export { GrantTag } from './entities/grant-tag.entity.ts';
export { GrantApplication, APPLICATION_STATUSES } from './entities/grant-application.entity.ts';
export type { ApplicationStatus } from './entities/grant-application.entity.ts';
export { Task, TASK_STATUSES, TASK_PRIORITIES } from './entities/task.entity.ts';
export type { TaskStatus, TaskPriority, TaskAttachment } from './entities/task.entity.ts';
export { TaskTag } from './entities/task-tag.entity.ts';
export { TaskComment } from './entities/task-comment.entity.ts';
export { TaskCommentMention } from './entities/task-comment-mention.entity.ts';
export { Reaction } from './entities/reaction.entity.ts';
export { TimeEntry } from './entities/time-entry.entity.ts';
export { ScraperRun, SCRAPER_RUN_STATUSES } from './entities/scraper-run.entity.ts';
export type { ScraperRunStatus } from './entities/scraper-run.entity.ts';
export { SCRAPER_SOURCES, GRANT_SOURCES } from './entities/_sources.ts';
export type { ScraperSource, GrantSource } from './entities/_sources.ts';
export { Sdg } from './entities/sdg.entity.ts';
export { Framework } from './entities/framework.entity.ts';
export { FrameworkPriority } from './entities/framework-priority.entity.ts';
export { ProjectSdg } from './entities/project-sdg.entity.ts';
export { ProjectPriority } from './entities/project-priority.entity.ts';
export { CONTRIBUTION_LEVELS } from './entities/_contribution.ts';
export type { ContributionLevel } from './entities/_contribution.ts';
export { Objective } from './entities/objective.entity.ts';
export { KeyResult, KEY_RESULT_METRICS } from './entities/key-result.entity.ts';
export type { KeyResultMetric } from './entities/key-result.entity.ts';
export { SocialAccount, SOCIAL_PLATFORMS } from './entities/social-account.entity.ts';
export type { SocialPlatform } from './entities/social-account.entity.ts';
export { SocialMetric } from './entities/social-metric.entity.ts';
export { MediaItem, MEDIA_TYPES } from './entities/media-item.entity.ts';
export type { MediaType } from './entities/media-item.entity.ts';
export { MediaDistribution, DISTRIBUTION_PLATFORMS } from './entities/media-distribution.entity.ts';
export type { DistributionPlatform } from './entities/media-distribution.entity.ts';
export { MediaPerformanceMetric } from './entities/media-performance-metric.entity.ts';
export { ImpactStory, STORY_TYPES } from './entities/impact-story.entity.ts';
export type { StoryType } from './entities/impact-story.entity.ts';
export { ClientAccount, CLIENT_ACCESS_LEVELS } from './entities/client-account.entity.ts';
export type { ClientAccessLevel } from './entities/client-account.entity.ts';
export { ClientProjectAccess } from './entities/client-project-access.entity.ts';

export { createConfig, MIGRATIONS_DIR, MIGRATIONS_TABLE } from './config.ts';
export type { ConfigOptions } from './config.ts';
export { createOrm } from './orm.ts';
export { NavImpactNamingStrategy } from './naming.ts';
export { MigrationError } from './errors.ts';
export type { MigrationErrorCode } from './errors.ts';
export { migrateUp, migrateDown, pendingMigrations, executedMigrations } from './migrate.ts';
export type { MigrationReport } from './migrate.ts';
export { schemaDrift } from './drift.ts';
export { LOCKS } from './locks.ts';
export { RECORD_TABLE, ENVIRONMENTS, isEnvironmentName, isProduction, readDatabaseRecord, writeDatabaseRecord, setDatabaseEnvironment } from './database-record.ts';
export type { DatabaseRecord, RecordHow } from './database-record.ts';
export { QUERY_CATALOG } from './queries/catalog.ts';
export type { CatalogQuery } from './queries/catalog.ts';
export { findConventionViolations, readCatalog, PLAN_INDEXES } from './conformance.ts';
export { FOLLOWERS_PROGRESS_SQL } from './queries/okr-progress.ts';
export { LEGACY_TABLES } from './legacy/tables.ts';
export type { LegacyTable } from './legacy/tables.ts';
export {
  GRANT_STATUS_MAP,
  INDUSTRY_FOCUS_MAP,
  LOCATION_MAP,
  PROJECT_STATUS_MAP,
  TASK_STATUS_MAP,
  TASK_PRIORITY_MAP,
  PROJECT_ROLE_MAP,
  JOB_TITLE_ROLE_MAP,
  USER_STATUS_MAP,
  PLATFORM_MAP,
  mapLegacyValue,
  mapGrantSource,
  parseDuration,
  parseSdgTag,
} from './legacy/values.ts';
