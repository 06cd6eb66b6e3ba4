import type { EntityData } from '@mikro-orm/core';
import { SocialAccount, SocialMetric, SOCIAL_PLATFORMS } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { OrganisationFactory } from './organisation.factory.ts';

/** Makes social accounts with unique handles. */
export class SocialAccountFactory extends NavImpactFactory<SocialAccount> {
  readonly model = SocialAccount;

  protected definition(input?: EntityData<SocialAccount>): EntityData<SocialAccount> {
    return {
      organisation: this.related(input, 'organisation', () => new OrganisationFactory(this.em, this.ctx).makeOne()),
      platform: this.faker.helpers.arrayElement(SOCIAL_PLATFORMS),
      handle: `${this.faker.internet.username().toLowerCase()}${this.ctx.next()}`,
      ...input,
    };
  }
}

/** Makes one day of an account's numbers; successive metrics of a set fall on successive days. */
export class SocialMetricFactory extends NavImpactFactory<SocialMetric> {
  readonly model = SocialMetric;

  protected definition(input?: EntityData<SocialMetric>): EntityData<SocialMetric> {
    const impressions = this.faker.number.int({ min: 100, max: 20_000 });
    return {
      socialAccount: this.related(input, 'socialAccount', () => new SocialAccountFactory(this.em, this.ctx).makeOne()),
      date: isoDay(addDays(this.ctx.refDate, -this.ctx.next())),
      followers: this.faker.number.int({ min: 100, max: 10_000 }),
      impressions,
      engagements: Math.round(impressions * 0.03),
      posts: this.faker.number.int({ min: 0, max: 3 }),
      ...input,
    };
  }
}
