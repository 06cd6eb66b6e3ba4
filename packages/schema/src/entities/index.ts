import { Organisation } from './organisation.entity.ts';
import { User } from './user.entity.ts';
import { Project } from './project.entity.ts';
import { ProjectMember } from './project-member.entity.ts';
import { Funder } from './funder.entity.ts';
import { Tag } from './tag.entity.ts';
import { Grant } from './grant.entity.ts';
import { GrantTag } from './grant-tag.entity.ts';
import { GrantApplication } from './grant-application.entity.ts';
import { Task } from './task.entity.ts';
import { Sdg } from './sdg.entity.ts';
import { Framework } from './framework.entity.ts';
import { FrameworkPriority } from './framework-priority.entity.ts';
import { ProjectSdg } from './project-sdg.entity.ts';
import { ProjectPriority } from './project-priority.entity.ts';
import { Objective } from './objective.entity.ts';
import { KeyResult } from './key-result.entity.ts';
import { SocialAccount } from './social-account.entity.ts';
import { SocialMetric } from './social-metric.entity.ts';
import { ProjectTag } from './project-tag.entity.ts';
import { TaskTag } from './task-tag.entity.ts';
import { TaskComment } from './task-comment.entity.ts';
import { TaskCommentMention } from './task-comment-mention.entity.ts';
import { Reaction } from './reaction.entity.ts';
import { TimeEntry } from './time-entry.entity.ts';
import { ScraperRun } from './scraper-run.entity.ts';
import { MediaItem } from './media-item.entity.ts';
import { MediaDistribution } from './media-distribution.entity.ts';
import { MediaPerformanceMetric } from './media-performance-metric.entity.ts';
import { ImpactStory } from './impact-story.entity.ts';
import { ClientAccount } from './client-account.entity.ts';
import { ClientProjectAccess } from './client-project-access.entity.ts';

/** Every V2 entity, in dependency order (a table comes after the tables it references). */
export const ENTITIES = [
  Organisation,
  User,
  Project,
  ProjectMember,
  Funder,
  Tag,
  ProjectTag,
  Grant,
  GrantTag,
  GrantApplication,
  Task,
  TaskTag,
  TaskComment,
  TaskCommentMention,
  Reaction,
  TimeEntry,
  ScraperRun,
  Sdg,
  Framework,
  FrameworkPriority,
  ProjectSdg,
  ProjectPriority,
  Objective,
  KeyResult,
  SocialAccount,
  SocialMetric,
  MediaItem,
  MediaDistribution,
  MediaPerformanceMetric,
  ImpactStory,
  ClientAccount,
  ClientProjectAccess,
] as const;
