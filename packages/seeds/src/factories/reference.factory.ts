import type { EntityData } from '@mikro-orm/core';
import { Framework, FrameworkPriority, Sdg } from '@navimpact/schema';
import { SDGS } from '../reference/index.ts';
import { NavImpactFactory } from './_base.factory.ts';

/** Makes SDG rows from the real list, in order, for a database without reference data (a seeded one has all 17: load them). */
export class SdgFactory extends NavImpactFactory<Sdg> {
  readonly model = Sdg;

  protected definition(input?: EntityData<Sdg>): EntityData<Sdg> {
    const goal = SDGS[(Number(input?.number ?? this.ctx.next()) - 1) % SDGS.length]!;
    return { number: goal.number, title: goal.title, description: goal.description, ...input };
  }
}

/** Makes frameworks with unique slugs. */
export class FrameworkFactory extends NavImpactFactory<Framework> {
  readonly model = Framework;

  protected definition(): EntityData<Framework> {
    const name = `${this.faker.commerce.department()} Strategy`;
    return { name, slug: this.uniqueSlug(name), owner: 'Victorian Government' };
  }
}

/** Makes framework priorities, in a new framework unless one is given. */
export class FrameworkPriorityFactory extends NavImpactFactory<FrameworkPriority> {
  readonly model = FrameworkPriority;

  protected definition(input?: EntityData<FrameworkPriority>): EntityData<FrameworkPriority> {
    return {
      framework: this.related(input, 'framework', () => new FrameworkFactory(this.em, this.ctx).makeOne()),
      code: `P-${this.ctx.next()}`,
      title: this.faker.company.catchPhrase(),
      ...input,
    };
  }
}
