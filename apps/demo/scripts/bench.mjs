#!/usr/bin/env node
// `pnpm bench`: Lighthouse (mobile profile, simulated slow 4G and CPU) against the local build for / and
// /timeline/, plus the JavaScript a first visit to / needs, min+gz from dist. Reported, not a pass/fail test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '@arms-control/chromium';
import { startServer } from './serve.mjs';

const app = fileURLToPath(new URL('..', import.meta.url));
const dist = join(app, 'dist');
const PATHS = ['/', '/timeline/'];
const TARGETS = { performance: 98, accessibility: 100, cls: 0, jsKb: 40 };

if (!existsSync(join(dist, 'index.html')) || process.env.DEMO_REBUILD) {
  if (spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: app, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** The JS a page loads before any lazy import: its entry scripts and their static imports, min+gz. */
function firstLoadJs(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  let bytes = 0;
  while (queue.length) {
    const url = queue.shift();
    const file = join(dist, url.replace(/^\//, ''));
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    bytes += gzipSync(code, { level: 9 }).length;
    for (const m of code.toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) queue.push(new URL(m[1], `http://x${url}`).pathname);
  }
  return { files: seen.size, kb: bytes / 1024 };
}

const server = await startServer({ root: dist });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows = [];
try {
  for (const path of PATHS) {
    const url = new URL(path, server.url).href;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const broken = Object.entries(lhr.audits).filter(([, a]) => a.errorMessage).map(([k, a]) => `${k}: ${a.errorMessage}`);
    if (broken.length) console.warn(path, broken.join('\n'));
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const js = requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0);
    const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    const html = join(dist, path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      SEO: score('seo'),
      'FCP (s)': (lhr.audits['first-contentful-paint'].numericValue / 1000).toFixed(2),
      'LCP (s)': (lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
      'TBT (ms)': Math.round(lhr.audits['total-blocking-time'].numericValue),
      CLS: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      'JS transferred (KB gz)': (js / 1024).toFixed(1),
      'JS first load (KB min+gz)': firstLoadJs(html).kb.toFixed(1),
      'failed audits': failed.join(', ') || '—',
    });
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile (simulated throttling), ${chromiumPath}`);
console.table(rows);
const home = rows.find((r) => r.page === '/');
console.log(`Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, CLS ${TARGETS.cls}, JS on first load of / ≤ ${TARGETS.jsKb} KB min+gz, everything the load transferred (now ${home?.['JS transferred (KB gz)']} KB; entry scripts alone ${home?.['JS first load (KB min+gz)']} KB).`);
const misses = rows.flatMap((r) => [
  r.performance < TARGETS.performance && `${r.page} performance ${r.performance}`,
  r.accessibility < TARGETS.accessibility && `${r.page} accessibility ${r.accessibility}`,
  r.CLS > TARGETS.cls && `${r.page} CLS ${r.CLS}`,
  r.page === '/' && Number(r['JS transferred (KB gz)']) > TARGETS.jsKb && `/ JavaScript ${r['JS transferred (KB gz)']} KB`,
]).filter(Boolean);
console.log(misses.length ? `Missed: ${misses.join('; ')}` : 'All targets met.');
