// Browser tests (`src/**/*.test.ts`) in Debian's headless Chromium; never downloads a browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { requestLogPlugin, attachRequestLog } from './test/request-log-plugin.js';
import { ssrPlugin } from './test/ssr-plugin.js';
import { chromiumArgs, chromiumPath } from '@arms-control/chromium';

/**
 * The demo site's strict policy, for the "strict-csp" group: no inline styles (style attributes are
 * blocked) and Trusted Types with Lit's `lit-html` policy. What the runner itself needs on top:
 * nothing — its module scripts and its web socket come from the page's origin ('self'), and it
 * writes no HTML strings into the DOM.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'none'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts', '!src/**/*.node.test.ts', '!src/strict-csp.test.ts'],
  groups: [
    {
      name: 'strict-csp',
      files: 'src/strict-csp.test.ts',
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }), requestLogPlugin(), ssrPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        // Timers keep running in background tabs, so the countdown tests see real ticks.
        args: [...chromiumArgs, '--headless=new', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
      },
      async createPage({ context }) {
        const page = await context.newPage();
        attachRequestLog(page);
        return page;
      },
    }),
  ],
};
