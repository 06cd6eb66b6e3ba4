import type { Faker } from '@faker-js/faker';
import { addRows, type Dataset, type Row } from '../dataset.ts';
import { addDays, isoDay } from '../dates.ts';
import { stamps } from './_stamps.ts';
import { METRIC_DAYS as METRIC_YEAR } from './social.generator.ts';

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Shadow Goose's objectives for the year around the reference date, with OKR 4.1 on social reach. */
export function generateOkrs(dataset: Dataset, faker: Faker, refDate: Date, baselineFollowers: number): void {
  const start = addDays(refDate, -METRIC_YEAR);
  const end = addDays(refDate, 180);
  const period = { organisation_id: 1, period_start: isoDay(start), period_end: isoDay(end) };
  addRows(dataset, 'objectives', [
    { id: 1, ...stamps(faker, refDate, METRIC_YEAR), ...period, code: '1', title: 'Fund our slate sustainably', description: 'Grow grant income across government, philanthropic and corporate funders.' },
    { id: 2, ...stamps(faker, refDate, METRIC_YEAR), ...period, code: '2', title: 'Make every project count for Victoria', description: 'Align each production with the SDGs and Victorian Government priorities.' },
    { id: 3, ...stamps(faker, refDate, METRIC_YEAR), ...period, code: '4', title: 'Grow the audience for Shadow Goose stories', description: 'Build an engaged community around our productions on social media.' },
  ]);
  const target = Math.ceil((baselineFollowers * 2.5) / 500) * 500;
  const due = isoDay(end);
  const results: Omit<Row, 'id'>[] = [
    { objective_id: 1, code: '1.1', title: 'Secure $300,000 in awarded grant funding', metric: 'funding_awarded', baseline: '0.00', target: '300000.00', unit: 'AUD' },
    { objective_id: 2, code: '2.1', title: 'Align every active project with at least two SDGs', metric: 'count', baseline: '0.00', target: '4.00', unit: 'projects' },
    { objective_id: 3, code: '4.1', title: `Grow combined social media followers to ${thousands(target)}`, metric: 'followers', baseline: baselineFollowers.toFixed(2), target: target.toFixed(2), unit: 'followers' },
    { objective_id: 3, code: '4.2', title: 'Reach 1,500,000 impressions in a quarter', metric: 'impressions', baseline: '0.00', target: '1500000.00', unit: 'impressions' },
  ];
  addRows(dataset, 'key_results', results.map((r, i) => ({ id: i + 1, ...stamps(faker, refDate, METRIC_YEAR - 5), ...r, due_date: due })));
}
