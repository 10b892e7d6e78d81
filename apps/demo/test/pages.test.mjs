// Every page: loads under the CSP with no console errors, no CSP or Trusted Types violations, no request to
// another origin; axe finds nothing in light or dark; screenshots at 390 px and 1280 px for review.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axe, PAGES, screenshotDir, settle, useSite, shotName, watch } from './helpers.mjs';

const site = useSite();

describe('every page under the Content-Security-Policy', () => {
  for (const path of [...PAGES, '/no-such-page/']) {
    test(`${path} loads with no errors, violations or foreign requests`, async () => {
      const context = await site().browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const seen = await watch(page, site().origin);
      const response = await page.goto(new URL(path, site().server.url).href);
      assert.equal(response.status(), path === '/no-such-page/' ? 404 : 200);
      assert.match(response.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
      await settle(page);
      assert.ok(await page.locator('h1').count(), 'a heading');
      const name = shotName(path);
      await page.screenshot({ path: `${screenshotDir}${name}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${screenshotDir}${name}-390.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${screenshotDir}${name}-390-dark.png` });
      const filtered = seen.problems.filter((p) => !(path === '/no-such-page/' && p.includes('404 (Not Found)')));
      assert.deepEqual([...new Set([...filtered, ...(await seen.violations())])], []);
      await context.close();
    });
  }
});

describe('accessibility (axe) in light and dark', () => {
  for (const path of PAGES) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${path} in ${colorScheme}`, async () => {
        // axe's own script needs eval-free injection; this context skips the CSP, which the tests above check.
        const context = await site().browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(new URL(path, site().server.url).href);
        await settle(page);
        const violations = await axe(page);
        await context.close();
        assert.deepEqual(violations, [], violations.join('\n'));
      });
    }
  }
});
