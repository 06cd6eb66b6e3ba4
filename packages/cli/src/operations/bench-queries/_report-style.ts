/** The report's whole stylesheet, inlined in the page: no font, image or sheet is fetched. */
export const REPORT_CSS = `
:root { --legacy: #b45309; --legacy-light: #f0b67f; --v2: #1d4ed8; --v2-light: #93b4f5; --ink: #1f2937; --muted: #5b6472; --line: #d7dce3; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 40px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 24px 0 6px; }
.meta, .note { color: var(--muted); margin: 4px 0 12px; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(210px, 1fr)); gap: 12px; margin: 16px 0; padding: 0; }
.figures div { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.figures dt { color: var(--muted); font-size: 0.85rem; }
.figures dd { margin: 2px 0 0; font-size: 1.6rem; font-weight: 650; }
.met { color: #166534; } .unmet { color: #b91c1c; }
.chart { width: 100%; height: auto; display: block; margin: 8px 0; font-size: 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
.chart text { fill: var(--ink); }
.chart .tick, .chart .axis-title { fill: var(--muted); }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .speedup, .chart .chart-title { font-weight: 650; }
rect.legacy.p50 { fill: var(--legacy); } rect.legacy.p95 { fill: var(--legacy-light); }
rect.v2.p50 { fill: var(--v2); } rect.v2.p95 { fill: var(--v2-light); }
.line { fill: none; stroke-width: 2.5; } .line.legacy { stroke: var(--legacy); } .line.v2 { stroke: var(--v2); }
circle.legacy { fill: var(--legacy); } circle.v2 { fill: var(--v2); }
.threshold line { stroke: #b91c1c; stroke-dasharray: 6 4; stroke-width: 1.5; } .chart .threshold text { fill: #b91c1c; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--muted); }
tbody th { font-weight: normal; min-width: 12em; overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
`;
