/**
 * Render in Chromium: Debian's /usr/bin/chromium, headless, driven by playwright-core, pages
 * served by a static server started and stopped here. The components come from the built
 * package (packages/elements/dist/<component>/<component>.js), bundled with esbuild (minified,
 * code-split, as any site would ship them); data is given by property, so no lazy record load is
 * timed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from '@arms-control/chromium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { randomGraph } from './graphs.js';
import { paths } from './paths.js';
import { median, ms, type Table } from './report.js';
import { COMPONENTS } from './size.js';

const RUNS = 5;
const IDLE_RUNS = 3;
const IDLE_SECONDS = 4;
const root = join(paths.cache, 'render');

interface Case {
  kind: string;
  label: string;
  page: 'elements' | 'relative-time';
  idle?: boolean;
}
const CASES: Case[] = [
  { kind: 'quotes', label: '100 quote cards (`<ac-quote-card>`, data by property)', page: 'elements' },
  { kind: 'diagram', label: '200-node linkage diagram (`<ac-linkage-diagram>`, 400 linkages)', page: 'elements' },
  { kind: 'timeline', label: '1000-event timeline (`<ac-event-timeline>`, events by property)', page: 'elements' },
  { kind: 'countdowns', label: '50 countdowns sharing one clock (`<ac-treaty-countdown precision=second>`)', page: 'elements', idle: true },
  { kind: 'relative-time', label: 'for comparison: 50 `<relative-time format=duration precision=second>` (@github)', page: 'relative-time', idle: true },
];

/** The inputs each case's page fetches before timing starts. */
async function inputs(): Promise<Record<string, unknown>> {
  const d = await import(pathToFileURL(join(paths.dataDist, 'index.js')).href);
  const actors = new Map((d.actors as { id: string }[]).map((a) => [a.id, a]));
  const sources = new Map((d.sources as { id: string }[]).map((s) => [s.id, s]));
  const quotes = d.quotes as { speaker: string; evidence: { source: string }[] }[];
  const events = d.events as { id: string }[];
  // 200 issues and 400 linkages on the shape of the seeded random graph, with the fields of real
  // records (copied from the first real issue and linkage, ids and names replaced).
  const g = randomGraph(200);
  const issue0 = (d.issues as Record<string, unknown>[])[0]!;
  const linkage0 = (d.linkages as Record<string, unknown>[])[0]!;
  const issues = g.nodes.map((x, i) => ({ ...issue0, id: `issue-${i}`, name: `Issue ${x.label.replace(/·/g, '')}` }));
  const linkages = g.edges.map((e, i) => ({
    ...linkage0,
    id: `linkage-${i}`,
    title: `Linkage ${i}`,
    leverage: `issue-${e.from.slice(1)}`,
    sought: `issue-${e.to.slice(1)}`,
  }));
  return {
    quotes: Array.from({ length: 100 }, (_, i) => {
      const q = quotes[i % quotes.length]!;
      return { quote: q, speaker: actors.get(q.speaker), sources: [...new Set(q.evidence.map((e) => e.source))].map((s) => sources.get(s)).filter(Boolean) };
    }),
    timeline: { events: Array.from({ length: 1000 }, (_, i) => ({ ...events[i % events.length]!, id: `${events[i % events.length]!.id}-${Math.floor(i / events.length)}` })), sources: d.sources },
    diagram: { properties: { issues, linkages, actors: d.actors, sources: d.sources }, attributes: {} },
    countdowns: { count: 50, date: '2030-01-01', label: 'Deadline' },
    'relative-time': { count: 50, date: '2030-01-01' },
  };
}

/** Bundles the built components (those that exist) and the comparison element with the page script. */
async function assets(): Promise<string[]> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'input'), { recursive: true });
  const available = COMPONENTS.filter(([dir]) => existsSync(join(paths.elementsDist, dir, `${dir}.js`)));
  const page = pathToFileURL(join(paths.bench, 'src/browser/page.js')).href;
  const entries: Record<string, string> = {
    elements: [...available.map(([dir]) => join(paths.elementsDist, dir, `${dir}.js`)), page].map((f) => `import ${JSON.stringify(f.startsWith('file:') ? new URL(f).pathname : f)};`).join('\n'),
    'relative-time': [`import '@github/relative-time-element';`, `import ${JSON.stringify(new URL(page).pathname)};`].join('\n'),
  };
  for (const [name, code] of Object.entries(entries)) {
    writeFileSync(join(root, `${name}.entry.js`), code);
    writeFileSync(join(root, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body><div id="host"></div><script type="module" src="./assets/${name}.entry.js"></script></body></html>`);
  }
  await build({
    entryPoints: Object.keys(entries).map((n) => join(root, `${n}.entry.js`)),
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: join(root, 'assets'),
    absWorkingDir: paths.bench,
    logLevel: 'silent',
  });
  for (const [kind, value] of Object.entries(await inputs())) writeFileSync(join(root, 'input', `${kind}.json`), JSON.stringify(value));
  return available.map(([, tag]) => tag);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = join(root, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** CDP metrics of a page; the Performance domain counts only while enabled, so one session stays open per page. */
async function metricsOf(page: Page): Promise<(gc?: boolean) => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async (gc = true) => {
    if (gc) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
}

interface Run {
  ms: number;
  heap: number;
  heapDelta: number;
  nodes: number;
  rendered: number;
  count: number;
  errors: string[];
  taskPerSec?: number;
  scriptPerSec?: number;
  layoutPerSec?: number;
}

async function runCase(browser: Browser, origin: string, c: Case, i: number): Promise<Run | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    const metrics = await metricsOf(page);
    await page.goto(`${origin}/${c.page}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    if (!(await page.evaluate((k) => (window as any).bench.prepare(k), c.kind))) return null;
    const before = await metrics();
    const r = await page.evaluate((k) => (window as any).bench.render(k), c.kind);
    const after = await metrics();
    const run: Run = {
      ms: r.ms,
      heap: after.JSHeapUsedSize!,
      heapDelta: after.JSHeapUsedSize! - before.JSHeapUsedSize!,
      nodes: after.Nodes! - before.Nodes!,
      rendered: r.rendered,
      count: r.count,
      errors: [...r.errors, ...pageErrors],
    };
    if (r.visibility !== 'visible') run.errors.push(`page ${r.visibility}`);
    if (c.idle && i < IDLE_RUNS) {
      await page.waitForTimeout(1000);
      const a = await metrics(false);
      const t = Date.now();
      await page.waitForTimeout(IDLE_SECONDS * 1000);
      const b = await metrics(false);
      const s = (Date.now() - t) / 1000;
      run.taskPerSec = ((b.TaskDuration! - a.TaskDuration!) * 1000) / s;
      run.scriptPerSec = ((b.ScriptDuration! - a.ScriptDuration!) * 1000) / s;
      run.layoutPerSec = ((b.LayoutDuration! + b.RecalcStyleDuration! - a.LayoutDuration! - a.RecalcStyleDuration!) * 1000) / s;
    }
    return run;
  } finally {
    await context.close();
  }
}

/** CPU of the same page with nothing on it: the floor the idle figures sit on. */
async function idleFloor(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const metrics = await metricsOf(page);
  await page.goto(`${origin}/elements.html`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const a = await metrics(false);
  const t = Date.now();
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const b = await metrics(false);
  await context.close();
  return ((b.TaskDuration! - a.TaskDuration!) * 1000) / ((Date.now() - t) / 1000);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;

export async function renderBench(log: (s: string) => void): Promise<{ tables: Table[]; chromium: string }> {
  if (!existsSync(chromiumPath)) {
    return { chromium: 'not installed', tables: [{ title: 'Render in Chromium', head: ['case', 'result'], align: 'll', rows: CASES.map((c) => [c.label, `not available (no Chromium at ${chromiumPath})`]) }] };
  }
  const defined = await assets();
  log(`  render: built components found: ${defined.join(', ') || 'none'}`);
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  const rows: string[][] = [];
  let floor = NaN;
  let version = '';
  try {
    for (const c of CASES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await runCase(browser, origin, c, i);
        if (!r) break;
        runs.push(r);
      }
      if (!runs.length) {
        rows.push([c.label, 'not available', '', '', '', '']);
        log(`  render: ${c.kind}: not available`);
        continue;
      }
      const errors = [...new Set(runs.flatMap((r) => r.errors))];
      const idle = runs.filter((r) => r.taskPerSec != null);
      const row = [
        c.label + (errors.length ? ` — errors: ${errors.slice(0, 2).join('; ')}` : '') + (runs[0]!.rendered < runs[0]!.count ? ` — only ${runs[0]!.rendered}/${runs[0]!.count} rendered` : ''),
        ms(median(runs.map((r) => r.ms))),
        mb(median(runs.map((r) => r.heapDelta))),
        mb(median(runs.map((r) => r.heap))),
        String(Math.round(median(runs.map((r) => r.nodes)))),
        idle.length
          ? `${median(idle.map((r) => r.taskPerSec!)).toFixed(1)} ms/s (script ${median(idle.map((r) => r.scriptPerSec!)).toFixed(1)}, style+layout ${median(idle.map((r) => r.layoutPerSec!)).toFixed(1)})`
          : '',
      ];
      rows.push(row);
      log(`  render: ${c.kind}: ${row.slice(1).join(', ')}`);
    }
    floor = await idleFloor(browser, origin);
    version = browser.version();
  } finally {
    await browser.close();
    server.close();
  }
  return {
    chromium: version,
    tables: [
      {
        title: `Render in Chromium ${version} (headless, 1280×900)`,
        head: ['case', 'first render (median)', 'JS heap Δ', 'JS heap total', 'DOM nodes Δ', 'CPU while idle'],
        align: 'lrrrrr',
        rows,
        note: [
          `Median of ${RUNS} fresh pages. First render: from creating the elements to the end of the frame after their last update (including updates after a first measurement of their size; input already fetched and parsed). JS heap: CDP \`Performance.getMetrics\` JSHeapUsedSize after a forced GC, Δ against the same page just before rendering.`,
          `CPU while idle: main-thread CPU time per second of wall time, CDP TaskDuration (of which ScriptDuration, RecalcStyleDuration + LayoutDuration; thread ticks) over ${IDLE_SECONDS} s after 1 s of settling, median of ${IDLE_RUNS} pages; an empty page idles at ${floor.toFixed(1)} ms/s.`,
          'Components: the built files in packages/elements/dist, bundled with esbuild (minified, code-split); "not available": the component is not built.',
        ].join('\n'),
      },
    ],
  };
}
