// `@arms-control/elements/format.js`: the shared formatting module on its own (formatEdtf and friends)
// for pages that format dates like the elements without defining any element. It must have no side
// effects: importing it defines nothing and never touches `customElements`. Checks the built file
// that the package export points at (run `pnpm build` first, as for the manifest test).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { types?: string; default?: string }>;
  sideEffects: string[];
};
const entry = pkg.exports['./format.js']!;

/** The package's own modules a built file imports, transitively (relative imports only). */
function localGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) localGraph(resolve(dirname(file), spec!), seen);
  return seen;
}

describe('@arms-control/elements/format.js', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'customElements');
  const touched: string[] = [];
  afterAll(() => {
    if (original) Object.defineProperty(globalThis, 'customElements', original);
    else delete (globalThis as { customElements?: unknown }).customElements;
  });

  it('is exported with its types, and not listed as having side effects', () => {
    expect(entry).toEqual({ types: './dist/shared/format.d.ts', default: './dist/shared/format.js' });
    expect(readFileSync(join(root, entry.types!), 'utf8')).toMatch(/export declare function formatEdtf\(/);
    expect(pkg.sideEffects.some((p) => p.includes('shared'))).toBe(false);
  });

  it('imports no element module and calls no define', () => {
    const files = [...localGraph(join(root, entry.default!))];
    expect(files.some((f) => f.endsWith('/shared/format.js'))).toBe(true);
    for (const file of files) {
      expect(file, 'an element module').not.toMatch(/(quote-card|treaty-countdown|linkage-diagram|event-timeline|ac-element)\.js$/);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/customElements|\.define\(/);
    }
  });

  it('formats without touching customElements', async () => {
    Object.defineProperty(globalThis, 'customElements', {
      configurable: true,
      get() {
        touched.push('customElements');
        return { define: () => touched.push('define'), get: () => undefined };
      },
    });
    const format = (await import(pathToFileURL(join(root, entry.default!)).href)) as typeof import('./shared/format.js');
    expect(format.formatEdtf('2009-05-07', 'en')).toBe('7 May 2009');
    expect(format.formatEdtf('2014-03-24/2014-03-30', 'en')).toBe('24–30 March 2014');
    expect(format.tryFormatEdtf('spring 2009', 'en')).toBe(null);
    expect(format.formatDuration(2 * 365.2425 * 864e5 + 290 * 864e5, 'en')).toBe('2 years, 290 days');
    expect(format.formatRelativeDays(-290, 'en')).toBe('290 days ago');
    expect(format.edtfDatetime('2009-05-07')).toBe('2009-05-07');
    expect(touched).toEqual([]);
  });
});
