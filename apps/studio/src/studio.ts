import { Hono, type Context } from 'hono';
import { createOrm } from '@navimpact/schema';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { databaseState, firstLine, readOnly, type Orm, type Query } from './db.ts';
import { readTables } from './catalog.ts';
import { dashboardPage } from './pages/dashboard.page.ts';
import { grantsPage, parseGrantFilters } from './pages/grants.page.ts';
import { columnFilters, rowPage, tableListPage, tableRowsPage } from './pages/tables.page.ts';
import { queriesPage } from './pages/queries.page.ts';
import { unavailablePage } from './pages/unavailable.page.ts';

/** A running studio's web app and the ORM it reads through. */
export interface Studio {
  app: Hono;
  orm: Orm;
  close: () => Promise<void>;
}

// Nothing but the page itself: no script, no font, no image from anywhere, so it works offline and
// a stray external reference shows up as a console error in the browser tests.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// SQLSTATEs of a bad value in the query string (invalid text for a column's type, out of range).
const BAD_INPUT = new Set(['22P02', '22003', '22007', '22008']);

/**
 * The studio: a read-only web app over one NavImpact database, built on @navimpact/schema alone.
 * It opens no socket: `app.fetch` is served by the launcher (or a test).
 *
 * @example
 * const studio = await createStudio({ url: process.env.DATABASE_URL! });
 * serve({ fetch: studio.app.fetch, hostname: '127.0.0.1', port: 4983 });
 */
export async function createStudio(options: { url: string }): Promise<Studio> {
  // ensureDatabase false: MikroORM would otherwise create a missing database when it opens.
  const orm = await createOrm({ url: options.url, poolMax: 4, ensureDatabase: false });
  const app = new Hono();

  app.use(async (c, next) => {
    // Only loopback names (the node adapter builds the URL from the Host header): a page on
    // another site cannot reach the studio by DNS rebinding.
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(c.req.url).hostname)) return c.text('The studio answers on 127.0.0.1 only.', 403);
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    const state = await databaseState(orm);
    if (!state.ok) return c.html(layout('Nothing to show yet', c.req.path, unavailablePage(state, options.url)), 503);
    await next();
  });

  const page = (title: string | ((c: Context) => string), body: (query: Query, c: Context) => Promise<SafeHtml | undefined>) =>
    async (c: Context) => {
      const started = performance.now();
      const content = await readOnly(orm, (query) => body(query, c));
      // How long the page's queries and markup took, for the browser's network panel and for measuring.
      c.header('Server-Timing', `render;dur=${(performance.now() - started).toFixed(1)}`);
      if (!content) return c.html(layout('Not found', c.req.path, html`<p>No such row or table. <a href="/tables">All tables</a></p>`), 404);
      return c.html(layout(typeof title === 'string' ? title : title(c), c.req.path, content));
    };

  app.get('/', page('Shadow Goose at a glance', (query, c) => dashboardPage(query, c.req.query('on'))));
  app.get('/grants', page('Grant finder', (query, c) => grantsPage(query, parseGrantFilters(c.req.query()))));
  app.get('/tables', page('Tables', async (query) => tableListPage(query, await readTables(orm, query))));
  app.get('/tables/:name', page((c) => (c.req.param('name') ?? ''), async (query, c) => {
    const table = (await readTables(orm, query)).get((c.req.param('name') ?? ''));
    return table && tableRowsPage(query, table, columnFilters(table, c.req.query()), c.req.queries('after') ?? []);
  }));
  app.get('/tables/:name/row', page((c) => `${c.req.param('name') ?? ''} ${[...new URL(c.req.url).searchParams].map(([k, v]) => `${k} = ${v}`).join(', ')}`, async (query, c) => {
    const table = (await readTables(orm, query)).get((c.req.param('name') ?? ''));
    return table && rowPage(query, table, columnFilters(table, c.req.query()));
  }));
  app.get('/queries', page('Query catalog', (query) => queriesPage(query)));

  app.notFound((c) => c.html(layout('Not found', c.req.path, html`<p>No page here. <a href="/">Back to the dashboard</a></p>`), 404));
  app.onError((error, c) => {
    const code = (error as { code?: unknown }).code;
    const status = typeof code === 'string' && BAD_INPUT.has(code) ? 400 : 500;
    return c.html(layout(status === 400 ? 'Bad request' : 'Something failed', c.req.path, html`<p>${firstLine(error)}</p>`), status);
  });

  return { app, orm, close: () => orm.close() };
}
