import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOWERS_PROGRESS_SQL, QUERY_CATALOG } from '@navimpact/schema';
import { useTestDatabase } from '@navimpact/seeds/testing';
import { createStudio, type Studio } from '../src/studio.ts';
import { browserMissing, startBrowserSession, type BrowserSession } from './_browser.ts';

const db = useTestDatabase();
const missing = browserMissing();
if (missing) console.warn(missing);

// Every page in a real Chromium, its numbers checked against SQL on the same database.
describe.skipIf(missing !== undefined)('the studio in Chromium', () => {
  let studio: Studio;
  let browser: BrowserSession;
  const sql = <T = Record<string, unknown>>(text: string): Promise<T[]> => db.orm.em.getConnection().execute<T[]>(text);
  const one = async <T,>(text: string): Promise<T> => (await sql<T>(text))[0]!;
  const num = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

  beforeAll(async () => {
    studio = await createStudio({ url: db.url });
    browser = await startBrowserSession(studio);
  });
  afterAll(async () => {
    await browser?.close();
    await studio?.close();
  });
  afterEach(() => {
    expect(browser.problems).toEqual([]);
  });

  it('catches what the browser reports: a missing page is a failed response and a console error', async () => {
    const page = await browser.open('/tables/no_such_table');
    await page.close();
    const caught = browser.problems.splice(0);
    expect(caught).toContain('HTTP 404 for /tables/no_such_table');
    expect(caught.some((p) => p.startsWith('console error on /tables/no_such_table'))).toBe(true);
  });

  it('dashboard: closing soon, pipeline, KR 4.1 and media match SQL', async () => {
    const page = await browser.open('/');
    const asOf = await page.textContent('#as-of');
    const { as_of: expectedAsOf } = await one<{ as_of: string }>('select (max(date) + 1)::text as as_of from social_metrics');
    expect(asOf).toBe(expectedAsOf);

    const closing = await sql<{ id: number }>(`select id from grants where status = 'open' and deadline >= '${asOf}'::date
      and deadline < '${asOf}'::date + 30 order by deadline, id`);
    expect(closing.length).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('#closing-soon .badge', 'data-total'))).toBe(closing.length);
    const shownIds = await page.$$eval('#closing-soon tr[data-grant-id]', (rows) => rows.map((r) => Number(r.getAttribute('data-grant-id'))));
    expect(shownIds).toEqual(closing.slice(0, 8).map((r) => r.id));

    const pipeline = await sql<{ status: string; n: number; requested: string; awarded: string | null }>(
      'select status, count(*)::int as n, sum(amount_requested)::text as requested, sum(amount_awarded)::text as awarded from grant_applications group by status');
    for (const row of pipeline) {
      const cells = await page.$$eval(`#pipeline tr[data-status="${row.status}"] td`, (tds) => tds.map((td) => td.textContent));
      expect(num(cells[1]!)).toBe(row.n);
      expect(num(cells[2]!)).toBe(Math.round(Number(row.requested)));
      if (row.awarded) expect(num(cells[3]!)).toBe(Math.round(Number(row.awarded)));
    }

    const [kr] = await db.orm.em.getConnection().execute<{ current: string; target: string }[]>(FOLLOWERS_PROGRESS_SQL.replace('$1', "'4.1'"));
    expect(num(await page.textContent('#kr-current'))).toBe(Number(kr!.current));
    expect(num(await page.textContent('#kr-target'))).toBe(Number(kr!.target));
    expect(await page.locator('#kr-4-1 svg polyline').count()).toBe(1);

    const media = await sql<{ n: number; views: number }>(
      `select count(*)::int as n, sum(views)::int as views from (select i.project_id, d.platform, sum(d.views) as views
         from media_distributions d join media_items i on i.id = d.media_item_id
         where d.published_on is null or d.published_on < '${asOf}'::date group by 1, 2) per_platform`,
    );
    expect(media[0]!.n).toBeGreaterThan(0);
    expect(await page.locator('#media tbody tr').count()).toBe(media[0]!.n);
    const shownViews = await page.$$eval('#media tbody tr td:nth-child(4)', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(shownViews.reduce((sum, text) => sum + num(text), 0)).toBe(media[0]!.views);
    await page.close();
  });

  it('grant finder: the form puts the filters in the URL, and the count and order match SQL', async () => {
    const page = await browser.open('/grants');
    await page.selectOption('select[name=industry]', 'screen');
    await page.selectOption('select[name=status]', 'open');
    await page.fill('input[name=min]', '10000');
    await page.selectOption('select[name=sort]', 'amount');
    await Promise.all([page.waitForURL(/industry=screen/), page.click('button[type=submit]')]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('open');
    const { n } = await one<{ n: number }>(`select count(*)::int as n from grants
      where industry_focus = 'screen' and status = 'open' and amount_max >= 10000`);
    expect(num(await page.textContent('#grant-total'))).toBe(n);
    const ids = await page.$$eval('#grants tr[data-grant-id]', (rows) => rows.map((r) => Number(r.getAttribute('data-grant-id'))));
    const expected = await sql<{ id: number }>(`select id from grants where industry_focus = 'screen' and status = 'open'
      and amount_max >= 10000 order by amount_max desc, id limit 25`);
    expect(ids).toEqual(expected.map((r) => r.id));
    await page.close();

    const search = await browser.open('/grants?q=%3Cimg%20src%3Dx%3E&sort=title');
    expect(await search.inputValue('input[name=q]')).toBe('<img src=x>');
    expect(await search.locator('main img').count()).toBe(0);
    await search.close();

    const paged = await browser.open('/grants?sort=title');
    await Promise.all([paged.waitForURL(/page=2/), paged.click('a[rel=next]')]);
    const second = await paged.$$eval('#grants tr[data-grant-id]', (rows) => rows.map((r) => Number(r.getAttribute('data-grant-id'))));
    const byTitle = await sql<{ id: number }>('select id from grants order by title, id limit 25 offset 25');
    expect(second).toEqual(byTitle.map((r) => r.id));
    await paged.close();
  });

  it('table browser: counts, keyset pages, and foreign keys both ways', async () => {
    const page = await browser.open('/tables');
    const counts = await page.$$eval('#tables tr[data-table]', (rows) =>
      rows.map((r) => [r.getAttribute('data-table'), Number(r.querySelector('[data-rows]')!.getAttribute('data-rows')), r.querySelector('[data-exact]')!.getAttribute('data-exact')] as const));
    const tables = await sql<{ name: string }>(`select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'`);
    expect(counts.map(([name]) => name).sort()).toEqual(tables.map((t) => t.name).sort());
    for (const [name, rows, exact] of counts) {
      const { n } = await one<{ n: number }>(`select count(*)::int as n from "${name}"`);
      expect({ name, rows, exact }).toEqual({ name, rows: n, exact: 'true' });
    }
    await Promise.all([page.waitForURL(/\/tables\/grants$/), page.click('a[href="/tables/grants"]')]);
    expect(await page.locator('#rows tbody tr').count()).toBe(50);
    await Promise.all([page.waitForURL(/after=/), page.click('a[rel=next]')]);
    const firstOfSecond = await page.textContent('#rows tbody tr:first-child td:nth-child(2)');
    const { id } = await one<{ id: number }>('select id from grants order by id offset 50 limit 1');
    expect(Number(firstOfSecond)).toBe(id);
    await page.close();

    // A composite key: grant_tags pages by (grant_id, tag_id).
    const links = await browser.open('/tables/grant_tags?after=3&after=1');
    const firstLink = await links.$$eval('#rows tbody tr:first-child td a', (as) => as.slice(1).map((a) => a.textContent));
    const [pair] = await sql<{ grant_id: number; tag_id: number }>('select grant_id, tag_id from grant_tags where (grant_id, tag_id) > (3, 1) order by 1, 2 limit 1');
    expect(firstLink.map(Number)).toEqual([pair!.grant_id, pair!.tag_id]);
    await links.close();

    const [application] = await sql<{ id: number; grant_id: number }>('select id, grant_id from grant_applications order by id limit 1');
    const row = await browser.open(`/tables/grant_applications/row?id=${application!.id}`);
    await Promise.all([row.waitForURL(/\/tables\/grants\/row\?id=/), row.click(`#row a[href="/tables/grants/row?id=${application!.grant_id}"]`)]);
    const { n: children } = await one<{ n: number }>(`select count(*)::int as n from grant_applications where grant_id = ${application!.grant_id}`);
    expect(num(await row.textContent('#children tr[data-child="grant_applications.grant_id"] td.num'))).toBe(children);
    await Promise.all([row.waitForURL(/grant_id=/), row.click('#children tr[data-child="grant_applications.grant_id"] a')]);
    expect(await row.locator('#rows tbody tr').count()).toBe(children);
    await row.close();
  });

  it('query catalog: every query with its SQL, its plan and its time', async () => {
    const page = await browser.open('/queries');
    expect(await page.locator('#summary tr[data-query]').count()).toBe(QUERY_CATALOG.length);
    for (const q of QUERY_CATALOG) {
      expect(await page.textContent(`section#${q.name} pre.plan`)).toMatch(/Execution Time: [\d.]+ ms/);
      expect(Number(await page.getAttribute(`#summary tr[data-query="${q.name}"] td[data-ms]`, 'data-ms'))).toBeGreaterThanOrEqual(0);
    }
    await page.close();
  });
});
