import { describe, expect, it } from 'vitest';
import { ClientProjectAccess, Grant, MediaPerformanceMetric, Organisation, Reaction, Sdg, Task, TaskCommentMention, TimeEntry, User } from '@navimpact/schema';
import { createFactories } from '../src/index.ts';
import { useTestDatabase } from '../src/testing/index.ts';

const db = useTestDatabase();

describe('factories', () => {
  it("fill a task's relations validly: its project, owner and assignee share one organisation", async () => {
    const em = db.orm.em.fork();
    const task = await createFactories(em).task.createOne({ title: 'Book sound mix' });
    expect(task.title).toBe('Book sound mix');
    expect(task.assignedTo!.organisation).toBe(task.project.organisation);
    expect(task.project.owner.organisation).toBe(task.project.organisation);
    expect(task.createdBy).toBe(task.project.owner);
    const reloaded = await db.orm.em.fork().findOneOrFail(Task, task.id, { populate: ['assignedTo', 'project'] });
    expect(reloaded.assignedTo!.organisation.id).toBe(reloaded.project.organisation.id);
  });

  it('take overrides and relations they are given, and make every entity', async () => {
    const em = db.orm.em.fork();
    const f = createFactories(em, { seed: 5 });
    const organisation = f.organisation.makeOne({ name: 'Yarra Pictures' });
    const users = f.user.make(3, { organisation });
    const project = f.project.makeOne({ owner: users[0] });
    f.projectMember.makeOne({ project, user: users[1] });
    const application = f.grantApplication.makeOne({ project });
    f.grantTag.makeOne({ grant: application.grant });
    f.task.make(2, { project, grantApplication: application });
    // Reference data is already there in a seeded database: link to the real goal.
    f.projectSdg.makeOne({ project, sdg: await em.findOneOrFail(Sdg, { number: 13 }) });
    f.projectPriority.makeOne({ project });
    f.keyResult.makeOne({ objective: f.objective.makeOne({ organisation }) });
    f.socialMetric.make(3, { socialAccount: f.socialAccount.makeOne({ organisation, project }) });
    await em.flush();
    expect(project.organisation.name).toBe('Yarra Pictures');
    // The three made here and the two assignees the tasks made in the project's organisation.
    expect(await db.orm.em.fork().count(User, { organisation: organisation.id })).toBe(5);
    const grant = await db.orm.em.fork().findOneOrFail(Grant, application.grant.id);
    expect(Number(application.amountRequested)).toBeGreaterThanOrEqual(Number(grant.amountMin));
    expect(Number(application.amountRequested)).toBeLessThanOrEqual(Number(grant.amountMax));
  });

  it("make the new tables' rows consistently: comments, mentions and reactions in the task's organisation, time entries adding up", async () => {
    const em = db.orm.em.fork();
    const f = createFactories(em, { seed: 11, date: '2026-07-01' });
    const task = f.task.makeOne();
    const comment = f.taskComment.makeOne({ task });
    f.taskComment.makeOne({ task, parent: comment });
    f.taskCommentMention.makeOne({ comment });
    f.reaction.makeOne({ comment });
    f.timeEntry.make(3, { task });
    f.taskTag.makeOne({ task });
    f.projectTag.makeOne({ project: task.project });
    const item = f.mediaItem.makeOne({ project: task.project });
    f.mediaDistribution.make(2, { mediaItem: item });
    f.mediaPerformanceMetric.make(5, { mediaItem: item });
    f.impactStory.makeOne({ mediaItem: item });
    f.clientProjectAccess.makeOne({ project: task.project });
    f.scraperRun.make(2);
    await em.flush();
    const read = db.orm.em.fork();
    const mention = await read.findOneOrFail(TaskCommentMention, { comment: comment.id }, { populate: ['user'] });
    expect(mention.user.organisation.id).toBe(task.project.organisation.id);
    const reaction = await read.findOneOrFail(Reaction, { comment: comment.id }, { populate: ['user'] });
    expect(reaction.user.organisation.id).toBe(task.project.organisation.id);
    const entries = await read.find(TimeEntry, { task: task.id });
    const saved = await read.findOneOrFail(Task, task.id);
    expect(entries).toHaveLength(3);
    expect(Number(saved.actualHours)).toBe(entries.reduce((sum, e) => sum + e.durationMinutes, 0) / 60);
    expect(entries.every((e) => e.endedAt <= new Date('2026-07-01'))).toBe(true);
    expect(await read.count(MediaPerformanceMetric, { mediaItem: item.id })).toBe(5);
    const access = await read.findOneOrFail(ClientProjectAccess, { project: task.project.id }, { populate: ['clientAccount'] });
    expect(access.clientAccount.organisation.id).toBe(task.project.organisation.id);
  });

  it('are deterministic: the same seed gives the same values', async () => {
    const names = (seed: number) => {
      const f = createFactories(db.orm.em.fork(), { seed });
      return f.user.make(3).map((u) => `${u.fullName} ${u.email}`);
    };
    expect(names(9)).toEqual(names(9));
    expect(names(9)).not.toEqual(names(10));
    expect(await db.orm.em.fork().count(Organisation)).toBeGreaterThan(0);
  });
});
