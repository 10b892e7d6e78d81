import { executeServerCommand } from '@web/test-runner-commands';

/** Every URL the test page has requested since it loaded (seen by the browser, including blocked requests). */
export async function requestedUrls(): Promise<string[]> {
  const fromBrowser = (await executeServerCommand('ac-request-log')) as string[] | undefined;
  const fromTiming = performance.getEntriesByType('resource').map((e) => e.name);
  return [...new Set([...(fromBrowser ?? []), ...fromTiming])];
}

/** Requests that left the page's origin (data: and blob: URLs are local and do not count). */
export async function foreignRequests(): Promise<string[]> {
  return (await requestedUrls()).filter((url) => {
    if (/^(data|blob|about|chrome-extension):/.test(url)) return false;
    return new URL(url, location.href).origin !== location.origin;
  });
}

/** Throws, listing them, when any request has left the page's origin. */
export async function noForeignRequests(): Promise<void> {
  const foreign = await foreignRequests();
  if (foreign.length > 0) throw new Error(`requests left the page's origin:\n  ${foreign.join('\n  ')}`);
}
