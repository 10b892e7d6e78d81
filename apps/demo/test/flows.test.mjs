// The main flows, in Debian's Chromium against the built site served with its CSP.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as data from '@arms-control/data';
import { startServer } from '../scripts/serve.mjs';
import { settle, useSite, watch } from './helpers.mjs';

const site = useSite();

/** A fresh page under the CSP whose problems are asserted empty at the end of the test. */
async function open(path, options = {}) {
  const context = await site().browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const seen = await watch(page, site().origin);
  await page.goto(new URL(path, site().server.url).href);
  await settle(page);
  return {
    page,
    async done() {
      const problems = [...seen.problems, ...(await seen.violations())];
      await context.close();
      assert.deepEqual([...new Set(problems)], []);
    },
  };
}

const visible = (page, selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.offsetParent !== null).map((e) => e.id || e.textContent));

describe('timeline', () => {
  test('filtering updates the list and the URL; reloading the URL restores the same view', async () => {
    const { page, done } = await open('/timeline/');
    const total = (await visible(page, '#events > li')).length;
    assert.ok(total > 10, `${total} events`);
    const actor = 'russia';
    await page.selectOption('#f-actor', actor);
    await page.selectOption('#f-from', '2009');
    await page.selectOption('#f-to', '2014');
    const url = page.url();
    assert.match(url, /actor=russia/);
    assert.match(url, /from=2009/);
    assert.match(url, /to=2014/);
    const shown = await visible(page, '#events > li');
    assert.ok(shown.length > 0 && shown.length < total, `${shown.length} of ${total}`);
    const ok = await page.locator('#events > li').evaluateAll((els) =>
      els.filter((e) => !e.hidden).every((e) => e.dataset.actor.split(' ').includes('russia') && e.dataset.years.split(' ').some((y) => y >= '2009' && y <= '2014')),
    );
    assert.ok(ok, 'every shown event matches the filters');
    assert.match(await page.textContent('#count'), new RegExp(`^${shown.length} of ${total} events`));
    await page.reload();
    await settle(page);
    assert.equal(page.url(), url);
    assert.deepEqual(await visible(page, '#events > li'), shown);
    assert.equal(await page.inputValue('#f-actor'), actor);
    assert.equal(await page.inputValue('#f-from'), '2009');
    await page.click('#f-reset');
    assert.equal((await visible(page, '#events > li')).length, total);
    assert.equal(new URL(page.url()).search, '');
    await done();
  });

  test('every event shows its sources with links', async () => {
    const { page, done } = await open('/timeline/');
    const missing = await page.locator('#events > li').evaluateAll((els) => els.filter((e) => !e.querySelector('.evidence a[href^="http"]')).map((e) => e.id));
    assert.deepEqual(missing, []);
    await done();
  });
});

describe('actors', () => {
  test('opening an actor shows its roles, quotes, positions and linkages; the URL names it', async () => {
    const { page, done } = await open('/actors/');
    const link = page.locator('.index a', { hasText: 'Vladimir Putin' });
    await Promise.all([page.waitForURL(/actor=vladimir-putin/), link.click()]);
    await settle(page);
    const detail = page.locator('.detail.selected');
    assert.equal(await detail.count(), 1);
    assert.match(await detail.locator('h2').textContent(), /Vladimir Putin/);
    assert.ok(await detail.isVisible());
    assert.equal(await page.locator('#index').isVisible(), false);
    const headings = await detail.locator('h3').allTextContents();
    for (const h of ['Roles over time', 'Quotes', 'Linkages', 'Events']) assert.ok(headings.some((t) => t.startsWith(h)), `${h} in ${headings}`);
    assert.match(await page.title(), /^Vladimir Putin/);
    await page.click('.detail.selected .back a');
    await settle(page);
    assert.ok(await page.locator('#index').isVisible());
    await done();
  });

  test('an unknown actor id says so', async () => {
    const { page, done } = await open('/actors/?actor=nobody-at-all');
    assert.ok(await page.locator('#unknown').isVisible());
    await done();
  });
});

describe('quotes', () => {
  test('searching by words and by speaker filters the quotes and survives a reload', async () => {
    const { page, done } = await open('/quotes/');
    const total = (await visible(page, '.quote')).length;
    await page.fill('#q', 'missile defense');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'missile defense');
    const shown = await page.locator('.quote').evaluateAll((els) => els.filter((e) => !e.hidden).map((e) => e.dataset.search));
    assert.ok(shown.length > 0 && shown.length < total, `${shown.length} of ${total}`);
    assert.ok(shown.every((t) => t.includes('missile') && t.includes('defense')));
    await page.selectOption('#speaker', 'vladimir-putin');
    const both = await page.locator('.quote').evaluateAll((els) => els.filter((e) => !e.hidden).map((e) => e.dataset.speaker));
    assert.ok(both.length > 0 && both.every((s) => s === 'vladimir-putin'));
    await page.reload();
    await settle(page);
    assert.equal(await page.inputValue('#q'), 'missile defense');
    assert.equal((await visible(page, '.quote')).length, both.length);
    await page.fill('#q', 'zzzz-no-such-words');
    await page.waitForFunction(() => !document.querySelector('#none').hidden);
    await done();
  });
});

describe('embed builder', () => {
  const cases = [
    ['/embed/?component=quote-card&quote=putin-2009-05-07-russia-will-link&variant=compact', 'ac-quote-card', 'link the questions of missile defense'],
    ['/embed/?component=treaty-countdown&treaty=new-start&theme=dark', 'ac-treaty-countdown', 'New START'],
    ['/embed/?component=linkage-diagram&actor=russia', 'ac-linkage-diagram', ''],
    ['/embed/?component=event-timeline&treaty=abm-treaty', 'ac-event-timeline', 'ABM Treaty'],
  ];
  for (const [path, tag, text] of cases) {
    test(`${tag}: the copied snippet renders when pasted into a blank page on another site`, async () => {
      const { page, done } = await open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
      assert.equal(await page.locator(`#preview ${tag}`).count(), 1, 'live preview');
      await page.click('#copy');
      await page.waitForFunction(() => document.querySelector('#copied').textContent.length > 0);
      const snippet = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(snippet, await page.inputValue('#snippet'));
      assert.ok(snippet.startsWith(`<script type="module" src="${site().origin}/cdn/arms-control-elements.js"></script>`), snippet.slice(0, 120));
      assert.match(snippet, new RegExp(`<${tag}[^>]*>[\\s\\S]*</${tag}>`));

      // A blogger's page: plain HTML on another origin, no build step.
      const dir = mkdtempSync(join(tmpdir(), 'ac-embed-'));
      writeFileSync(join(dir, 'index.html'), `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>My post</title><link rel="icon" href="data:,"></head>\n<body>\n<p>My post.</p>\n${snippet}</body>\n</html>\n`);
      const blog = await startServer({ root: dir, headers: false });
      try {
        const context = await site().browser.newContext();
        const blank = await context.newPage();
        const errors = [];
        blank.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        blank.on('pageerror', (e) => errors.push(e.message));
        await blank.goto(blog.url);
        await blank.waitForFunction((t) => customElements.get(t) && document.querySelector(t).shadowRoot, tag, { timeout: 10_000 });
        await settle(blank);
        const rendered = await blank.evaluate((t) => {
          const el = document.querySelector(t);
          return { text: el.shadowRoot.textContent ?? '', error: !!el.shadowRoot.querySelector('[part="error"]'), height: el.getBoundingClientRect().height };
        }, tag);
        assert.equal(rendered.error, false, 'no error state');
        assert.ok(rendered.height > 20, `rendered height ${rendered.height}`);
        if (text) assert.ok(rendered.text.includes(text), `"${text}" in ${rendered.text.slice(0, 200)}`);
        assert.deepEqual(errors, []);
        await context.close();
      } finally {
        await blog.close();
      }
      await done();
    });
  }

  test('changing options updates the preview, the snippet and the URL', async () => {
    const { page, done } = await open('/embed/');
    await page.check('#c-treaty-countdown');
    assert.ok(await page.locator('#e-treaty').isVisible());
    assert.equal(await page.locator('#e-quote').isVisible(), false);
    await page.selectOption('#e-treaty', 'start-i');
    await page.selectOption('#e-theme', 'dark');
    assert.match(page.url(), /component=treaty-countdown&treaty=start-i&theme=dark/);
    assert.match(await page.inputValue('#snippet'), /<ac-treaty-countdown treaty="start-i" theme="dark">/);
    assert.equal(await page.getAttribute('#preview ac-treaty-countdown', 'theme'), 'dark');
    await page.reload();
    await settle(page);
    assert.equal(await page.inputValue('#e-treaty'), 'start-i');
    await done();
  });
});

describe('home, first visit on a phone', () => {
  const COLLECTIONS = ['sources', 'actors', 'issues', 'treaties', 'events', 'quotes', 'positions', 'linkages'];
  const recordIds = new Set(COLLECTIONS.flatMap((c) => data[c].map((r) => r.id)));
  /** A chunk of @arms-control/data: a collection's id table, the lazy loader, or one record (Vite names chunks after their module). */
  const isDataModule = (url) => {
    const name = new URL(url).pathname.split('/').pop().replace(/-[\w-]{8}\.js$/, '');
    return COLLECTIONS.includes(name) || name === 'lazy' || recordIds.has(name);
  };

  test('loads at most 40 KB of JavaScript (gzip) and no data modules; the quote cards render from the page', async () => {
    // Lighthouse's mobile viewport; no scrolling, so only what a first view upgrades is loaded.
    const context = await site().browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    const seen = await watch(page, site().origin);
    const scripts = [];
    page.on('requestfinished', (r) => r.resourceType() === 'script' && scripts.push(r.sizes().then((sizes) => ({ url: r.url(), bytes: sizes.responseBodySize }))));
    await page.goto(new URL('/', site().server.url).href);
    await page.waitForLoadState('networkidle');
    const cards = await page.locator('ac-quote-card').evaluateAll((els) =>
      els.map((el) => ({ speaker: el.shadowRoot?.querySelector('[part=speaker]')?.textContent?.trim(), quote: el.shadowRoot?.querySelector('[part=quote]')?.textContent?.trim() })),
    );
    const loaded = await Promise.all(scripts);
    await context.close();
    assert.deepEqual(loaded.filter((s) => isDataModule(s.url)).map((s) => s.url), []);
    const kb = loaded.reduce((sum, s) => sum + s.bytes, 0) / 1024;
    console.log(`first visit to /: ${kb.toFixed(1)} KB of JavaScript (gzip) in ${loaded.length} files`);
    assert.ok(kb > 5 && kb <= 40, `${kb.toFixed(1)} KB of JavaScript over ${loaded.length} files`);
    const homeQuotes = JSON.parse(readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8').match(/id="ac-props">([^<]*)</)?.[1] ?? '{}');
    assert.equal(cards.length, Object.keys(homeQuotes).length);
    for (const card of cards) {
      const quote = data.quotes.find((q) => q.text === card.quote);
      assert.ok(quote, `rendered quote text is a record's: ${card.quote}`);
      assert.equal(card.speaker, data.byId('actors', quote.speaker).name);
    }
    assert.deepEqual([...new Set([...seen.problems])], []);
  });
});

describe('site-wide', () => {
  test('the theme switch applies to the page and its components and is remembered', async () => {
    const { page, done } = await open('/', { colorScheme: 'light' });
    await page.selectOption('#theme', 'dark');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await page.getAttribute('ac-quote-card', 'theme'), 'dark');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(), 'rgb(18, 20, 23)');
    await page.goto(new URL('/timeline/', site().server.url).href);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.equal(await page.inputValue('#theme'), 'dark');
    await page.selectOption('#theme', 'auto');
    assert.equal(await bg(), 'rgb(255, 255, 255)');
    await done();
  });

  test('without JavaScript every page still shows its content', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const expect = { '/': 'ac-linkage-diagram li', '/timeline/': '#events > li', '/quotes/': '.quote', '/treaties/': 'table.history tr', '/issues/': '.linkage', '/actors/': '.index li' };
    for (const [path, selector] of Object.entries(expect)) {
      await page.goto(new URL(path, site().server.url).href);
      assert.ok((await page.locator(selector).count()) > 2, `${path}: ${selector}`);
    }
    await context.close();
  });

  test('the print stylesheet drops navigation and filters', async () => {
    const { page, done } = await open('/timeline/');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header nav').isVisible(), false);
    assert.equal(await page.locator('#filters').isVisible(), false);
    assert.ok(await page.locator('#events').isVisible());
    await done();
  });

  test('/data/ shows the tested examples and every download is served', async () => {
    const { page, done } = await open('/data/');
    const shown = await page.locator('code[data-example]').count();
    assert.ok(shown >= 4);
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.some((h) => h.endsWith('/datapackage.json')) && hrefs.some((h) => h.endsWith('.csv')) && hrefs.some((h) => h.endsWith('.schema.json')));
    for (const href of hrefs) assert.equal((await page.request.get(href)).status(), 200, href);
    const pkg = await (await page.request.get(hrefs.find((h) => h.endsWith('/datapackage.json')))).json();
    for (const r of pkg.resources) assert.equal((await page.request.get(new URL(r.path, hrefs.find((h) => h.endsWith('/datapackage.json'))).href)).status(), 200, r.path);
    assert.ok(await page.locator('#changelog + .prose').textContent());
    assert.ok(await page.locator('#corrections + .prose').textContent());
    await done();
  });
});

describe('component READMEs', () => {
  const elements = new URL('../../../packages/elements/src/', import.meta.url).pathname;
  const readmes = readdirSync(elements, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared')
    .map((d) => [d.name, readFileSync(join(elements, d.name, 'README.md'), 'utf8')]);

  for (const [name, readme] of readmes) {
    test(`${name}: the README's example renders pasted into a plain HTML page`, async () => {
      const example = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
      assert.ok(example, 'README has an html example');
      const cdn = `${site().origin}/cdn/arms-control-elements.js`;
      const html = example.replace(/<script type="module" src="[^"]+arms-control-elements\.js"><\/script>/, `<script type="module" src="${cdn}"></script>`);
      assert.ok(html.includes(cdn), 'the example loads the CDN bundle');
      const page = /<html/i.test(html) ? html : `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Example</title></head><body>\n${html}</body></html>\n`;
      const dir = mkdtempSync(join(tmpdir(), 'ac-readme-'));
      writeFileSync(join(dir, 'index.html'), page.replace('<head>', '<head><link rel="icon" href="data:,">'));
      const blog = await startServer({ root: dir, headers: false });
      const context = await site().browser.newContext();
      try {
        const blank = await context.newPage();
        const errors = [];
        blank.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        blank.on('pageerror', (e) => errors.push(e.message));
        await blank.goto(blog.url);
        const selector = 'ac-quote-card, ac-treaty-countdown, ac-linkage-diagram, ac-event-timeline';
        await blank.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.shadowRoot), selector, { timeout: 10_000 });
        await settle(blank);
        const rendered = await blank.evaluate((s) => [...document.querySelectorAll(s)].map((el) => ({
          tag: el.localName,
          error: el.shadowRoot.querySelector('[part~="error"]')?.textContent ?? null,
          height: el.getBoundingClientRect().height,
        })), selector);
        assert.ok(rendered.length > 0, 'the example has elements');
        for (const r of rendered) {
          assert.equal(r.error, null, `${r.tag} shows no error`);
          assert.ok(r.height > 20, `${r.tag} rendered height ${r.height}`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        await blog.close();
      }
    });
  }
});
