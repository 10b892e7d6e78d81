// Shared by the end-to-end tests: the built site served with its headers, Debian's Chromium, and a page visit
// that records everything that must not happen (console errors, page errors, CSP and Trusted Types violations,
// requests to other origins, failed requests).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '@arms-control/chromium';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
export const CHROME = chromiumPath;
export const CHROME_ARGS = chromiumArgs;

export const PAGES = ['/', '/timeline/', '/actors/', '/issues/', '/treaties/', '/quotes/', '/data/', '/embed/'];

/** Builds the site unless dist/ is there (turbo's `test` depends on `build`; a bare `node --test` still works). */
export function ensureBuilt() {
  if (existsSync(new URL('../dist/index.html', import.meta.url)) && !process.env.DEMO_REBUILD) return;
  const r = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: appDir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

export async function setup() {
  ensureBuilt();
  mkdirSync(screenshotDir, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  return { server, browser, origin: new URL(server.url).origin };
}

/** Registers the suite's before/after: built site served, Chromium launched; returns a getter for them. */
export function useSite() {
  let env;
  before(async () => {
    env = await setup();
  });
  after(async () => {
    await env?.browser.close();
    await env?.server.close();
  });
  return () => env;
}

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Records what must not happen on a page. */
export async function watch(page, origin) {
  const problems = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`),
    );
  });
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /Content.Security.Policy|Trusted Type/i.test(text)) problems.push(`console ${m.type()}: ${text}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  // ERR_ABORTED is the browser cancelling a request itself (a reload, a navigation), not a failure.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return {
    problems,
    async violations() {
      return page.evaluate(() => window.__violations ?? []);
    },
  };
}

/** Waits until the page's ac-* elements are defined (or never will be) and their lazy records have loaded. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  // Components load as they near the viewport: walk down the page once so every one of them upgrades.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('ac-')))];
    await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), new Promise((r) => setTimeout(r, 3000))]);
    await Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ac-')).map((e) => e.updateComplete));
  });
  await page.waitForLoadState('networkidle');
}

/** axe-core on the whole page (open shadow roots included): WCAG 2.0–2.2 A/AA and best practices. */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' > ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`).join('\n    ')}`);
  });
}

export const shotName = (path) => (path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-'));
