import { html, raw, type SafeHtml } from './html.ts';

const NAV = [
  ['/', 'At a glance'],
  ['/grants', 'Grant finder'],
  ['/tables', 'Tables'],
  ['/queries', 'Query catalog'],
] as const;

// One small stylesheet inline: the studio works offline and loads nothing but its own pages.
const STYLE = raw(`
  :root { --ink:#1d2433; --muted:#5b6478; --line:#dde2ec; --accent:#2f5fd0; --bg:#f6f7fb; --good:#1f8a4c; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
  header { background:#1d2433; color:#fff; padding:10px 24px; display:flex; gap:24px; align-items:center; }
  header strong { font-size:16px; margin-right:12px; }
  header a { color:#cfd8f3; text-decoration:none; }
  header a[aria-current] { color:#fff; border-bottom:2px solid #8fb0ff; }
  main { padding:20px 24px; max-width:1440px; }
  h1 { font-size:22px; margin:0 0 12px; } h2 { font-size:16px; margin:0 0 10px; }
  .grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(560px,1fr)); gap:16px; align-items:start; }
  section.card.wide { grid-column: 1 / -1; }
  section.card.tall { grid-row: span 2; }
  section.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 16px; overflow:auto; }
  table { border-collapse:collapse; width:100%; }
  th, td { text-align:left; padding:5px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
  th { color:var(--muted); font-weight:600; font-size:12px; text-transform:uppercase; letter-spacing:.03em; }
  td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
  td.date { white-space:nowrap; font-variant-numeric:tabular-nums; }
  a { color:var(--accent); }
  .muted { color:var(--muted); } .note { color:var(--muted); font-size:12px; }
  form.filters { display:flex; flex-wrap:wrap; gap:8px 12px; align-items:end; margin-bottom:12px; }
  form.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
  input, select, button { font:inherit; padding:4px 6px; }
  pre { background:#f0f2f7; padding:10px; border-radius:6px; overflow:auto; font-size:12px; }
  .pager { display:flex; gap:16px; margin:10px 0; }
  .badge { display:inline-block; padding:1px 6px; border-radius:10px; background:#eef2fb; font-size:12px; }
  .big { font-size:20px; font-weight:600; }
`);

/** The page around every view: the navigation, the title, the styles, nothing fetched from elsewhere. */
export function layout(title: string, path: string, body: SafeHtml): string {
  const nav = NAV.map(([to, label]) => {
    const current = to === '/' ? path === '/' : path.startsWith(to);
    return html`<a href="${to}"${current ? raw(' aria-current="page"') : ''}>${label}</a>`;
  });
  return html`<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} · NavImpact studio</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>NavImpact studio</strong>${nav}<span class="muted" style="margin-left:auto">read-only</span></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.value;
}
