// Server side of `recordRequests()` (test/requests.ts): every request a test page makes, seen by
// puppeteer at the browser level (so requests blocked by the host resolver still count).
const logs = new WeakMap();

/** Starts logging a puppeteer page's requests; the log restarts whenever the page navigates. */
export function attachRequestLog(page) {
  const log = [];
  logs.set(page, log);
  page.on('request', (request) => log.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log.length = 0;
  });
}

export function requestLogPlugin() {
  return {
    name: 'ac-request-log',
    async executeCommand({ command, session }) {
      if (command !== 'ac-request-log') return undefined;
      const page = session.browser.getPage(session.id);
      const log = logs.get(page);
      if (!log) throw new Error('request log: page was not created by the configured createPage');
      return [...log];
    },
  };
}
