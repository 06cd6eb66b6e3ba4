import type { EntityData } from '@mikro-orm/core';
import { Funder, FUNDER_KINDS, Grant, GrantApplication, INDUSTRY_FOCUSES, JURISDICTIONS, LOCATION_ELIGIBILITIES, Project, Tag } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { statusFor } from '../generators/grants.generator.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { ProjectFactory } from './project.factory.ts';

/** Makes funders with unique slugs. */
export class FunderFactory extends NavImpactFactory<Funder> {
  readonly model = Funder;

  protected definition(): EntityData<Funder> {
    const name = `${this.faker.company.name()} Foundation`;
    return {
      name,
      slug: this.uniqueSlug(name),
      kind: this.faker.helpers.arrayElement(FUNDER_KINDS),
      jurisdiction: this.faker.helpers.arrayElement(JURISDICTIONS),
      website: this.faker.internet.url(),
    };
  }
}

/** Makes tags with unique slugs. */
export class TagFactory extends NavImpactFactory<Tag> {
  readonly model = Tag;

  protected definition(): EntityData<Tag> {
    const name = this.faker.word.noun();
    return { name, slug: `${name.toLowerCase()}-${this.ctx.next()}` };
  }
}

/** Makes grants whose status agrees with their deadline, from a new funder unless one is given. */
export class GrantFactory extends NavImpactFactory<Grant> {
  readonly model = Grant;

  protected definition(input?: EntityData<Grant>): EntityData<Grant> {
    const deadline = input?.deadline === undefined ? addDays(this.ctx.refDate, this.faker.number.int({ min: -90, max: 120 })) : input.deadline;
    const min = this.faker.number.int({ min: 2, max: 40 }) * 1000;
    return {
      funder: this.related(input, 'funder', () => new FunderFactory(this.em, this.ctx).makeOne()),
      title: `${this.faker.company.buzzPhrase()} Grant`,
      amountMin: min.toFixed(2),
      amountMax: (min * this.faker.number.int({ min: 2, max: 8 })).toFixed(2),
      deadline: deadline === null ? null : isoDay(new Date(deadline as string | Date)),
      status: statusFor(deadline === null ? null : new Date(deadline as string | Date), this.ctx.refDate),
      industryFocus: this.faker.helpers.arrayElement(INDUSTRY_FOCUSES),
      locationEligibility: this.faker.helpers.arrayElement(LOCATION_ELIGIBILITIES),
      source: 'manual',
      openDate: deadline === null ? null : isoDay(addDays(new Date(deadline as string | Date), -60)),
      eligibleOrgTypes: ['not_for_profit', 'production_company'],
      fundingPurposes: [this.faker.helpers.arrayElement(['development', 'production', 'distribution'])],
      applicationUrl: this.faker.internet.url(),
      contactEmail: `grants.${this.ctx.next()}@example.org.au`,
      ...input,
    };
  }
}

/** Makes applications for a grant and a project, asking for an amount within the grant's range. */
export class GrantApplicationFactory extends NavImpactFactory<GrantApplication> {
  readonly model = GrantApplication;

  protected definition(input?: EntityData<GrantApplication>): EntityData<GrantApplication> {
    const grant = this.related<Grant>(input, 'grant', () => new GrantFactory(this.em, this.ctx).makeOne());
    const project = this.related<Project>(input, 'project', () => new ProjectFactory(this.em, this.ctx).makeOne());
    const requested = this.faker.number.int({ min: Number(grant.amountMin) || 1000, max: Number(grant.amountMax) || 5000 });
    return { grant, project, status: 'draft', amountRequested: requested.toFixed(2), ...input };
  }
}
