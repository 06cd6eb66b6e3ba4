import type { EntityData } from '@mikro-orm/core';
import { IMPACT_TYPES, Organisation, Project, ProjectMember, PROJECT_KINDS, PROJECT_ROLES, User } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { OrganisationFactory, UserFactory } from './organisation.factory.ts';

/** Makes projects; the owner belongs to the project's organisation, whichever of the two is given. */
export class ProjectFactory extends NavImpactFactory<Project> {
  readonly model = Project;

  protected definition(input?: EntityData<Project>): EntityData<Project> {
    const owner = input?.owner as User | undefined;
    const organisation = this.related<Organisation>(input, 'organisation', () => owner?.organisation ?? new OrganisationFactory(this.em, this.ctx).makeOne());
    const name = this.faker.book.title();
    const start = addDays(this.ctx.refDate, -this.faker.number.int({ min: 0, max: 200 }));
    return {
      organisation,
      owner: owner ?? new UserFactory(this.em, this.ctx).makeOne({ organisation, role: 'producer' }),
      name,
      slug: this.uniqueSlug(name),
      kind: this.faker.helpers.arrayElement(PROJECT_KINDS),
      status: 'active',
      budget: (this.faker.number.int({ min: 20, max: 400 }) * 1000).toFixed(2),
      startDate: isoDay(start),
      endDate: isoDay(addDays(start, this.faker.number.int({ min: 90, max: 500 }))),
      impactStatement: this.faker.company.catchPhrase(),
      impactTypes: this.faker.helpers.arrayElements(IMPACT_TYPES, { min: 1, max: 2 }),
      ...input,
    };
  }
}

/** Makes project memberships; the member belongs to the project's organisation. */
export class ProjectMemberFactory extends NavImpactFactory<ProjectMember> {
  readonly model = ProjectMember;

  protected definition(input?: EntityData<ProjectMember>): EntityData<ProjectMember> {
    const project = this.related<Project>(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne());
    return {
      project,
      user: this.related(input, 'user', () => new UserFactory(this.em, this.ctx).makeOne({ organisation: project.organisation })),
      role: this.faker.helpers.arrayElement(PROJECT_ROLES),
      joinedAt: addDays(this.ctx.refDate, -this.faker.number.int({ min: 1, max: 200 })),
      ...input,
    };
  }
}
