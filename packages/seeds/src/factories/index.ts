import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_SEED_OPTIONS, todayUtc } from '../options.ts';
import { FactoryContext } from './_context.ts';
import { GrantTagFactory, ProjectPriorityFactory, ProjectSdgFactory, ProjectTagFactory, TaskTagFactory } from './alignment.factory.ts';
import { ClientAccountFactory, ClientProjectAccessFactory, ScraperRunFactory } from './client.factory.ts';
import { ReactionFactory, TaskCommentFactory, TaskCommentMentionFactory, TimeEntryFactory } from './collaboration.factory.ts';
import { ImpactStoryFactory, MediaDistributionFactory, MediaItemFactory, MediaPerformanceMetricFactory } from './media.factory.ts';
import { FunderFactory, GrantApplicationFactory, GrantFactory, TagFactory } from './grant.factory.ts';
import { KeyResultFactory, ObjectiveFactory } from './okr.factory.ts';
import { OrganisationFactory, UserFactory } from './organisation.factory.ts';
import { ProjectFactory, ProjectMemberFactory } from './project.factory.ts';
import { FrameworkFactory, FrameworkPriorityFactory, SdgFactory } from './reference.factory.ts';
import { SocialAccountFactory, SocialMetricFactory } from './social.factory.ts';
import { TaskFactory } from './task.factory.ts';

/**
 * One factory per entity, sharing a seeded faker: the same seed gives the same rows. Missing
 * relations are made too, consistently (a task's assignee is in its project's organisation).
 *
 * @example
 * const f = createFactories(em);
 * const task = await f.task.createOne({ title: 'Book sound mix' });
 */
export function createFactories(em: EntityManager, options: { seed?: number; date?: string } = {}) {
  const ctx = new FactoryContext(options.seed ?? DEFAULT_SEED_OPTIONS.seed, options.date ?? todayUtc());
  return {
    organisation: new OrganisationFactory(em, ctx),
    user: new UserFactory(em, ctx),
    project: new ProjectFactory(em, ctx),
    projectMember: new ProjectMemberFactory(em, ctx),
    funder: new FunderFactory(em, ctx),
    tag: new TagFactory(em, ctx),
    grant: new GrantFactory(em, ctx),
    grantTag: new GrantTagFactory(em, ctx),
    grantApplication: new GrantApplicationFactory(em, ctx),
    task: new TaskFactory(em, ctx),
    sdg: new SdgFactory(em, ctx),
    framework: new FrameworkFactory(em, ctx),
    frameworkPriority: new FrameworkPriorityFactory(em, ctx),
    projectSdg: new ProjectSdgFactory(em, ctx),
    projectPriority: new ProjectPriorityFactory(em, ctx),
    objective: new ObjectiveFactory(em, ctx),
    keyResult: new KeyResultFactory(em, ctx),
    socialAccount: new SocialAccountFactory(em, ctx),
    socialMetric: new SocialMetricFactory(em, ctx),
    projectTag: new ProjectTagFactory(em, ctx),
    taskTag: new TaskTagFactory(em, ctx),
    taskComment: new TaskCommentFactory(em, ctx),
    taskCommentMention: new TaskCommentMentionFactory(em, ctx),
    reaction: new ReactionFactory(em, ctx),
    timeEntry: new TimeEntryFactory(em, ctx),
    scraperRun: new ScraperRunFactory(em, ctx),
    mediaItem: new MediaItemFactory(em, ctx),
    mediaDistribution: new MediaDistributionFactory(em, ctx),
    mediaPerformanceMetric: new MediaPerformanceMetricFactory(em, ctx),
    impactStory: new ImpactStoryFactory(em, ctx),
    clientAccount: new ClientAccountFactory(em, ctx),
    clientProjectAccess: new ClientProjectAccessFactory(em, ctx),
  };
}

/** The factory set `createFactories` returns. */
export type Factories = ReturnType<typeof createFactories>;
