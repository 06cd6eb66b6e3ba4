import { describe, expect, it } from 'vitest';
import { href, html, raw } from '../src/html.ts';
import { lineChart } from '../src/chart.ts';
import { grantWhere, parseGrantFilters } from '../src/pages/grants.page.ts';

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const title = `<script>alert("x")</script> & 'co'`;
    expect(html`<a title="${title}">${title}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</a>',
    );
  });

  it('passes nested markup and raw markup through, and drops null, undefined and false', () => {
    expect(html`<ul>${['a', '<b>'].map((x) => html`<li>${x}</li>`)}${null}${undefined}${false}${raw('<hr>')}</ul>`.value)
      .toBe('<ul><li>a</li><li>&lt;b&gt;</li><hr></ul>');
  });

  it('builds query strings without the empty values', () => {
    expect(href('/grants', { q: 'a&b', status: '', page: 2 })).toBe('/grants?q=a%26b&page=2');
  });
});

describe('grant finder filters', () => {
  it('keeps known values only and binds every value as a parameter', () => {
    const filters = parseGrantFilters({ q: " 50% off_ ", industry: 'screen', status: "open'; drop table grants", min: '1000', max: 'x', sort: 'amount', page: '0' });
    expect(filters).toMatchObject({ q: '50% off_', industry: 'screen', status: undefined, min: 1000, max: undefined, sort: 'amount', page: 1 });
    expect(grantWhere(filters)).toEqual({
      where: 'where (g.title ilike $1 or g.description ilike $1) and g.industry_focus = $2 and g.amount_max >= $3',
      params: ['%50\\% off\\_%', 'screen', 1000],
    });
  });
});

describe('line chart', () => {
  it('draws the series and the target as inline SVG', () => {
    const svg = lineChart([{ date: '2026-01-01', value: 100 }, { date: '2026-01-02', value: 120 }], { target: 200, baseline: 90, due: '2026-12-31' }).value;
    expect(svg).toContain('<polyline');
    expect(svg).toContain('target 200 by 2026-12-31');
  });
});
