import type { EntityData } from '@mikro-orm/core';
import { KeyResult, KEY_RESULT_METRICS, Objective } from '@navimpact/schema';
import { addDays, isoDay } from '../dates.ts';
import { NavImpactFactory } from './_base.factory.ts';
import { OrganisationFactory } from './organisation.factory.ts';

/** Makes objectives over the year around the reference date. */
export class ObjectiveFactory extends NavImpactFactory<Objective> {
  readonly model = Objective;

  protected definition(input?: EntityData<Objective>): EntityData<Objective> {
    return {
      organisation: this.related(input, 'organisation', () => new OrganisationFactory(this.em, this.ctx).makeOne()),
      code: String(this.ctx.next()),
      title: this.faker.company.catchPhrase(),
      periodStart: isoDay(addDays(this.ctx.refDate, -180)),
      periodEnd: isoDay(addDays(this.ctx.refDate, 180)),
      ...input,
    };
  }
}

/** Makes key results of an objective, coded under it. */
export class KeyResultFactory extends NavImpactFactory<KeyResult> {
  readonly model = KeyResult;

  protected definition(input?: EntityData<KeyResult>): EntityData<KeyResult> {
    const objective = this.related<Objective>(input, 'objective', () => new ObjectiveFactory(this.em, this.ctx).makeOne());
    return {
      objective,
      code: `${objective.code}.${this.ctx.next()}`,
      title: this.faker.company.catchPhrase(),
      metric: this.faker.helpers.arrayElement(KEY_RESULT_METRICS),
      target: (this.faker.number.int({ min: 10, max: 500 }) * 100).toFixed(2),
      unit: 'count',
      dueDate: objective.periodEnd,
      ...input,
    };
  }
}
