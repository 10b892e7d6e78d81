// Browser tests (`src/**/*.test.ts`) in Debian's headless Chromium; never downloads a browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { requestLogPlugin, attachRequestLog } from './test/request-log-plugin.js';
import { ssrPlugin } from './test/ssr-plugin.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts', '!src/**/*.node.test.ts'],
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
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
      async createPage({ context }) {
        const page = await context.newPage();
        attachRequestLog(page);
        return page;
      },
    }),
  ],
};
