import { defineEntity, p } from '@mikro-orm/core';
import { standardColumns } from './_base.ts';
import { Objective } from './objective.entity.ts';

/** What a key result measures; social metrics feed the first four. */
export const KEY_RESULT_METRICS = ['followers', 'impressions', 'engagements', 'posts', 'funding_awarded', 'count'] as const;
export type KeyResultMetric = (typeof KEY_RESULT_METRICS)[number];

const KeyResultSchema = defineEntity({
  name: 'KeyResult',
  tableName: 'key_results',
  properties: {
    ...standardColumns,
    objective: () => p.manyToOne(Objective).deleteRule('cascade'),
    code: p.text(),
    title: p.text(),
    metric: p.enum(KEY_RESULT_METRICS),
    baseline: p.decimal('string').precision(14).scale(2).default(0),
    target: p.decimal('string').precision(14).scale(2),
    unit: p.text(),
    dueDate: p.date(),
  },
  uniques: [{ name: 'uq_key_results_objective_id_code', properties: ['objective', 'code'] }],
});

/** A measurable key result of an objective, coded like "4.1". */
export class KeyResult extends KeyResultSchema.class {}
KeyResultSchema.setClass(KeyResult);
