// node bench/pages.bench.ts [base-url] [runs]
// Reads: a running studio (default http://127.0.0.1:4983). Writes nothing. Prints, for each page,
// the median of `runs` (default 7) renders: the server's own time (Server-Timing) and the whole
// response; the slowest page last. Nothing asserts on time.
const base = process.argv[2] ?? 'http://127.0.0.1:4983';
const runs = Number(process.argv[3] ?? 7);

const PAGES = [
  '/',
  '/grants',
  '/grants?q=documentary&sort=amount',
  '/grants?industry=screen&location=victoria&status=open&min=10000&max=50000&sort=title',
  '/grants?sort=title&page=1000',
  '/tables',
  '/tables/grants',
  '/tables/grants?after=29000',
  '/tables/grant_tags?after=15000&after=3',
  '/tables/tasks?assigned_to_id=3',
  '/tables/grants/row?id=15000',
  '/tables/users/row?id=1',
  '/queries',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const results: { path: string; render: number; total: number }[] = [];
for (const path of PAGES) {
  const render: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`);
    await response.text();
    total.push(performance.now() - started);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    render.push(Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN));
  }
  results.push({ path, render: median(render), total: median(total) });
}
for (const r of results.sort((a, b) => a.total - b.total)) {
  console.log(`${r.total.toFixed(1).padStart(8)} ms  (render ${r.render.toFixed(1)} ms)  ${r.path}`);
}
