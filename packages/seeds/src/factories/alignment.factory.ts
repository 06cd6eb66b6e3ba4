import type { EntityData } from '@mikro-orm/core';
import { CONTRIBUTION_LEVELS, GrantTag, ProjectPriority, ProjectSdg, ProjectTag, TaskTag } from '@navimpact/schema';
import { NavImpactFactory } from './_base.factory.ts';
import { GrantFactory, TagFactory } from './grant.factory.ts';
import { ProjectFactory } from './project.factory.ts';
import { FrameworkPriorityFactory, SdgFactory } from './reference.factory.ts';
import { TaskFactory } from './task.factory.ts';

/** Makes a project's alignment with an SDG. */
export class ProjectSdgFactory extends NavImpactFactory<ProjectSdg> {
  readonly model = ProjectSdg;

  protected definition(input?: EntityData<ProjectSdg>): EntityData<ProjectSdg> {
    return {
      project: this.related(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne()),
      sdg: this.related(input, 'sdg', () => new SdgFactory(this.em, this.ctx).makeOne()),
      contribution: this.faker.helpers.arrayElement(CONTRIBUTION_LEVELS),
      ...input,
    };
  }
}

/** Makes a project's alignment with a framework priority. */
export class ProjectPriorityFactory extends NavImpactFactory<ProjectPriority> {
  readonly model = ProjectPriority;

  protected definition(input?: EntityData<ProjectPriority>): EntityData<ProjectPriority> {
    return {
      project: this.related(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne()),
      frameworkPriority: this.related(input, 'frameworkPriority', () => new FrameworkPriorityFactory(this.em, this.ctx).makeOne()),
      contribution: this.faker.helpers.arrayElement(CONTRIBUTION_LEVELS),
      ...input,
    };
  }
}

/** Makes the link between a grant and a tag. */
export class GrantTagFactory extends NavImpactFactory<GrantTag> {
  readonly model = GrantTag;

  protected definition(input?: EntityData<GrantTag>): EntityData<GrantTag> {
    return {
      grant: this.related(input, 'grant', () => new GrantFactory(this.em, this.ctx).makeOne()),
      tag: this.related(input, 'tag', () => new TagFactory(this.em, this.ctx).makeOne()),
      ...input,
    };
  }
}

/** Makes the link between a project and a tag. */
export class ProjectTagFactory extends NavImpactFactory<ProjectTag> {
  readonly model = ProjectTag;

  protected definition(input?: EntityData<ProjectTag>): EntityData<ProjectTag> {
    return {
      project: this.related(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne()),
      tag: this.related(input, 'tag', () => new TagFactory(this.em, this.ctx).makeOne()),
      ...input,
    };
  }
}

/** Makes the link between a task and a tag. */
export class TaskTagFactory extends NavImpactFactory<TaskTag> {
  readonly model = TaskTag;

  protected definition(input?: EntityData<TaskTag>): EntityData<TaskTag> {
    return {
      task: this.related(input, 'task', () => new TaskFactory(this.em, this.ctx).makeOne()),
      tag: this.related(input, 'tag', () => new TagFactory(this.em, this.ctx).makeOne()),
      ...input,
    };
  }
}
