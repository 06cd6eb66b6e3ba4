import type { EntityData } from '@mikro-orm/core';
import { Organisation, User, USER_ROLES } from '@navimpact/schema';
import { DEV_PASSWORD_HASH } from '../generators/_password.ts';
import { NavImpactFactory } from './_base.factory.ts';

/** Makes organisations with unique slugs. */
export class OrganisationFactory extends NavImpactFactory<Organisation> {
  readonly model = Organisation;

  protected definition(): EntityData<Organisation> {
    const name = `${this.faker.company.name()} Productions`;
    return { name, slug: this.uniqueSlug(name), abn: this.faker.string.numeric(11) };
  }
}

/** Makes users with a profile and the dev password (`navimpact-dev`), in a new organisation unless one is given; emails are unique. */
export class UserFactory extends NavImpactFactory<User> {
  readonly model = User;

  protected definition(input?: EntityData<User>): EntityData<User> {
    const first = this.faker.person.firstName();
    const last = this.faker.person.lastName();
    return {
      organisation: this.related(input, 'organisation', () => new OrganisationFactory(this.em, this.ctx).makeOne()),
      email: `${first}.${last}.${this.ctx.next()}@example.com.au`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
      fullName: `${first} ${last}`,
      role: this.faker.helpers.arrayElement(USER_ROLES),
      phone: `+61 4${this.faker.string.numeric(2)} ${this.faker.string.numeric(3)} ${this.faker.string.numeric(3)}`,
      passwordHash: DEV_PASSWORD_HASH,
      jobTitle: this.faker.person.jobTitle(),
      bio: this.faker.person.bio(),
      location: `${this.faker.location.city()}, VIC`,
      timezone: 'Australia/Melbourne',
      skills: this.faker.helpers.arrayElements(['Grant writing', 'Editing', 'Producing', 'Research', 'Social media'], 2),
      ...input,
    };
  }
}
