export { ENTITIES } from './entities/index.ts';
export { Organisation } from './entities/organisation.entity.ts';
export { User, USER_ROLES } from './entities/user.entity.ts';
export type { UserRole } from './entities/user.entity.ts';
export { Project, PROJECT_KINDS, PROJECT_STATUSES } from './entities/project.entity.ts';
export type { ProjectKind, ProjectStatus } from './entities/project.entity.ts';
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
export type { TaskStatus, TaskPriority } from './entities/task.entity.ts';
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

export { createConfig, MIGRATIONS_DIR, MIGRATIONS_TABLE } from './config.ts';
export type { ConfigOptions } from './config.ts';
export { createOrm } from './orm.ts';
export { NavImpactNamingStrategy } from './naming.ts';
export { DbError, redactUrl } from './errors.ts';
export type { DbErrorCode } from './errors.ts';
export { migrateUp, migrateDown, pendingMigrations, executedMigrations } from './migrate.ts';
export type { MigrationReport } from './migrate.ts';
export { schemaDrift } from './drift.ts';
export { LOCKS } from './locks.ts';
export { QUERY_CATALOG } from './queries/catalog.ts';
export type { CatalogQuery } from './queries/catalog.ts';
export { parseDatabaseUrl, databaseName, withDatabase, isLocalUrl, probeDatabase } from './server/database-url.ts';
export {
  embeddedServerOptions,
  embeddedServerUrl,
  embeddedServerStatus,
  startEmbeddedServer,
  stopEmbeddedServer,
} from './server/embedded-server.ts';
export type { EmbeddedServerOptions, EmbeddedServerStatus } from './server/embedded-server.ts';
export { resolveDatabase, DEV_DATABASE } from './server/resolve-server.ts';
export type { ResolvedDatabase } from './server/resolve-server.ts';
export { connectClient, createDatabase, dropDatabase, databaseExists, withAdminClient, withClient } from './server/databases.ts';
export { findConventionViolations, readCatalog, PLAN_INDEXES } from './conformance.ts';
export { FOLLOWERS_PROGRESS_SQL } from './queries/okr-progress.ts';
