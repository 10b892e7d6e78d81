// Every browser test and benchmark runs Debian's Chromium (installed by .ci/run), never a downloaded browser.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for headless runs as root on a machine whose network is closed: no sandbox (root), no GPU, no
 * background requests or component updates, and host look-ups answered locally except for this machine.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]);
