import type { EntityData, EntityManager } from '@mikro-orm/core';
import { Factory } from '@mikro-orm/seeder';
import { slugify } from '../slug.ts';
import type { FactoryContext } from './_context.ts';

/** A MikroORM factory that draws from its set's seeded faker, so tests get the same rows every run. */
export abstract class NavImpactFactory<T extends object> extends Factory<T> {
  protected readonly ctx: FactoryContext;

  constructor(em: EntityManager, ctx: FactoryContext) {
    super(em);
    this.ctx = ctx;
  }

  protected get faker(): FactoryContext['faker'] {
    return this.ctx.faker;
  }

  /** A slug of the name, unique within this factory set. */
  protected uniqueSlug(name: string): string {
    return `${slugify(name)}-${this.ctx.next()}`;
  }

  /** The input value of a relation when given, otherwise one made by `make` (persisted with the entity). */
  protected related<R>(input: EntityData<T> | undefined, key: string, make: () => R): R {
    const given = (input as Record<string, unknown> | undefined)?.[key];
    return (given ?? make()) as R;
  }
}
