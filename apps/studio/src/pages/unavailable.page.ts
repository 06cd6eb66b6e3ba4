import { html, type SafeHtml } from '../html.ts';
import type { DatabaseState } from '../db.ts';

/** The URL with its password hidden, for a page. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable URL)';
  }
}

/** What to run when the database cannot be shown: the server is down, or the schema is not there yet. */
export function unavailablePage(state: Exclude<DatabaseState, { ok: true }>, url: string): SafeHtml {
  const target = redact(url);
  const steps = state.reason === 'unreachable'
    ? html`<p>The studio cannot reach <code>${target}</code>.</p>
<ol><li>Start the dev database server: <code>npx navimpact start</code></li>
<li>Build the dev database: <code>npx turbo run db:fresh</code></li>
<li>Or point <code>DATABASE_URL</code> at a server that runs, and restart <code>npx turbo run studio</code>.</li></ol>`
    : state.reason === 'missing'
    ? html`<p>The server answers, but the database of <code>${target}</code> does not exist yet.</p>
<ol><li>Build the dev database: <code>npx turbo run db:fresh</code></li></ol>`
    : html`<p>The database <code>${target}</code> answers, but its schema is not migrated.</p>
<ol><li>Rebuild the dev database with every migration and the demo data: <code>npx turbo run db:fresh</code></li>
<li>Or, to keep its data, apply the migrations: <code>npx navimpact migrate</code></li></ol>`;
  return html`<section class="card" id="unavailable">${steps}<p class="note">${state.detail}</p><p class="note">Reload this page when done.</p></section>`;
}
