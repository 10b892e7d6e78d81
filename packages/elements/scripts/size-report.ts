/**
 * Size report (`pnpm bench`): min+gz of each component's own code (Lit and @arms-control/data
 * external), the same with Lit bundled in, and the CDN entry without the data-record chunks.
 * Exits non-zero when a budget is exceeded. `measureSizes()` is also used by src/budgets.node.test.ts.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnOptions, codeOutputs, packageDir } from './build-cdn.js';
import { minifyLitCss } from './esbuild-plugins.js';

export const KB = 1024;
/** Budgets in bytes, min+gz. */
export const BUDGETS = {
  component: 4 * KB,
  'linkage-diagram': 8 * KB,
  cdn: 25 * KB,
} as const;

export interface SizeRow {
  readonly name: string;
  /** min+gz bytes of the measured code. */
  readonly gzip: number;
  /** minified bytes. */
  readonly min: number;
  /** The budget for this row in bytes, or null when informational. */
  readonly budget: number | null;
}

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** Component folders: src/<name>/<name>.ts (excluding shared). */
export function componentEntries(): { name: string; entry: string }[] {
  const src = join(packageDir, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join(src, d.name, `${d.name}.ts`)))
    .map((d) => ({ name: d.name, entry: `src/${d.name}/${d.name}.ts` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Bundles one or more modules (minified, ESM) and returns the minified and min+gz sizes. */
async function bundleSize(entries: string | string[], external: string[]): Promise<{ min: number; gzip: number }> {
  const list = Array.isArray(entries) ? entries : [entries];
  const result = await build({
    absWorkingDir: packageDir,
    stdin: { contents: list.map((e) => `export * from './${e}';`).join('\n'), resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['production'],
    external,
    plugins: [minifyLitCss()],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gz(code) };
}

const SHARED = 'src/shared/index.ts';
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];
const DATA = ['@arms-control/data', '@arms-control/data/*'];

export async function measureSizes(): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  // The shared layer (base class, theme, formatting, strings, data access) is loaded once per page
  // however many elements it has; it is measured once, and each component's own code beyond it.
  // A component's own code is its marginal cost: gz(component + whole shared layer) − gz(shared layer),
  // so code the shared layer already brings (incl. the decorator helpers esbuild emits) is not counted twice.
  const shared = await bundleSize(SHARED, [...LIT, ...DATA]);
  rows.push({ name: 'shared layer (src/shared)', ...shared, budget: null });
  for (const { name, entry } of componentEntries()) {
    const both = await bundleSize([SHARED, entry], [...LIT, ...DATA]);
    const own = { min: both.min - shared.min, gzip: both.gzip - shared.gzip };
    rows.push({ name: `${name} (own code)`, ...own, budget: name === 'linkage-diagram' ? BUDGETS['linkage-diagram'] : BUDGETS.component });
    rows.push({ name: `${name} + shared`, ...(await bundleSize(entry, [...LIT, ...DATA])), budget: null });
    rows.push({ name: `${name} + shared + Lit`, ...(await bundleSize(entry, DATA)), budget: null });
  }
  const cdn = await build({ ...cdnOptions('cdn-size'), write: false });
  let min = 0;
  let gzip = 0;
  const code = new Set(codeOutputs(cdn.metafile));
  for (const file of cdn.outputFiles) {
    const key = Object.keys(cdn.metafile.outputs).find((k) => file.path.endsWith(`/${k}`));
    if (!key || !code.has(key)) continue;
    min += file.contents.length;
    gzip += gz(file.contents);
  }
  rows.push({ name: 'CDN bundle without data chunks', min, gzip, budget: BUDGETS.cdn });
  return rows;
}

export function overBudget(rows: readonly SizeRow[]): SizeRow[] {
  return rows.filter((r) => r.budget !== null && r.gzip > r.budget);
}

const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'bundle'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gz'.padStart(9)}  budget`);
  for (const r of rows) {
    const status = r.budget === null ? '' : `${kb(r.budget)} ${r.gzip > r.budget ? 'OVER' : 'ok'}`;
    console.log(`${r.name.padEnd(width)}  ${kb(r.min).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${status}`);
  }
  const over = overBudget(rows);
  if (over.length) {
    console.error(`\nOver budget: ${over.map((r) => `${r.name} ${kb(r.gzip)} > ${kb(r.budget!)}`).join('; ')}`);
    process.exit(1);
  }
}
