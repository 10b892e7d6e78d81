/**
 * Sizes, min+gz, measured exactly as packages/data/bench/size.ts does (esbuild bundle, minify,
 * ESM, gzip level 9, default browser platform) for every entry, ours and the alternatives. One
 * addition: imports made with `import()` stay out of the count (they are separate chunks a page
 * loads only when needed, e.g. one data record), so a component is measured as what it loads
 * up-front.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { paths, version } from './paths.js';
import type { Table } from './report.js';

const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];
const DATA = ['@arms-control/data', '@arms-control/data/*'];

const lazyChunksExternal: Plugin = {
  name: 'lazy-chunks-external',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Bytes of an entry (a file, or module source resolved from the bench folder) bundled, minified and gzipped. */
export async function minGz(entry: { file: string } | { code: string }, external: string[] = []): Promise<number> {
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.code, resolveDir: paths.bench, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    plugins: [lazyChunksExternal],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const kb = (bytes: number | null) => (bytes == null ? 'not available' : `${(bytes / 1024).toFixed(1)} KB`);
const ifExists = async (file: string, external: string[]) => (existsSync(file) ? minGz({ file }, external) : null);

export const COMPONENTS = [
  ['quote-card', 'ac-quote-card'],
  ['treaty-countdown', 'ac-treaty-countdown'],
  ['linkage-diagram', 'ac-linkage-diagram'],
  ['event-timeline', 'ac-event-timeline'],
] as const;

/** A Lit component that renders "Hello, name": what any Lit element costs before its own code. */
const LIT_HELLO = `import { LitElement, html, css } from 'lit';
class HelloLit extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() { super(); this.name = 'world'; }
  render() { return html\`<p>Hello, \${this.name}!</p>\`; }
}
customElements.define('hello-lit', HelloLit);`;

export async function sizeTables(): Promise<Table[]> {
  const rows: string[][] = [];
  for (const [dir, tag] of COMPONENTS) {
    const file = join(paths.elementsDist, dir, `${dir}.js`);
    rows.push([`\`<${tag}>\` (dist/${dir}/${dir}.js)`, kb(await ifExists(file, [...LIT, ...DATA])), kb(await ifExists(file, LIT)), kb(await ifExists(file, []))]);
  }
  rows.push(['all four (dist/index.js)', kb(await ifExists(join(paths.elementsDist, 'index.js'), [...LIT, ...DATA])), kb(await ifExists(join(paths.elementsDist, 'index.js'), LIT)), kb(await ifExists(join(paths.elementsDist, 'index.js'), []))]);
  rows.push(['CDN bundle (entry + static chunks, no data chunks)', '—', '—', kb(await ifExists(paths.cdnBundle, []))]);
  rows.push(['Lit "hello" baseline component', '—', kb(await minGz({ code: LIT_HELLO }, LIT)), kb(await minGz({ code: LIT_HELLO }))]);
  const ours: Table = {
    title: 'Size of our components, min+gz',
    head: ['entry', 'with the shared layer, Lit and data external', 'Lit external', 'Lit included'],
    align: 'lrrr',
    rows,
    note: 'Each component as a page loads it alone: its code plus the shared layer (base class, theme, formatting, strings, data access), which a page with several components loads once. Chunks loaded with `import()` (data records, collections) are not counted. The budgets of issue 4 (own code ≤ 4 KB beyond the shared layer, linkage diagram with layout ≤ 8 KB, CDN bundle without data ≤ 25 KB) are checked by packages/elements/scripts/size-report.ts.',
  };

  const layoutFile = [paths.layoutDist, paths.layoutSrc].find((f) => existsSync(f));
  const countdown = join(paths.elementsDist, 'treaty-countdown/treaty-countdown.js');
  const alt: string[][] = [
    [`@github/relative-time-element ${version('@github/relative-time-element')}`, kb(await minGz({ code: `export * from '@github/relative-time-element';` })), 'ours: `<ac-treaty-countdown>` Lit included', kb(await ifExists(countdown, []))],
    [`@dagrejs/dagre ${version('@dagrejs/dagre')}`, kb(await minGz({ code: `export * from '@dagrejs/dagre';` })), `ours: linkage-diagram layout module alone${layoutFile === paths.layoutSrc ? ' (from src: not built)' : ''}`, kb(layoutFile ? await minGz({ file: layoutFile }) : null)],
    [`elkjs ${version('elkjs')} (elk.bundled.js)`, kb(await minGz({ code: `export { default } from 'elkjs/lib/elk.bundled.js';` })), '〃', ''],
    [`d3-force ${version('d3-force')} (force layout, no drawing)`, kb(await minGz({ code: `export * from 'd3-force';` })), '〃', ''],
    [`lit ${version('lit')} (the "hello" baseline above, Lit included)`, kb(await minGz({ code: LIT_HELLO })), 'ours: `<ac-quote-card>` Lit included', kb(await ifExists(join(paths.elementsDist, 'quote-card/quote-card.js'), []))],
  ];
  const alternatives: Table = {
    title: 'Size of the alternatives, min+gz (whole package entry, same esbuild settings)',
    head: ['alternative', 'min+gz', 'compare with', 'min+gz'],
    align: 'lrlr',
    rows: alt,
  };

  const dataRows: string[][] = [['main entry (everything)', kb(await ifExists(join(paths.dataDist, 'index.js'), []))]];
  const collections = join(paths.dataDist, 'generated/collections');
  for (const f of existsSync(collections) ? readdirSync(collections).filter((f) => f.endsWith('.js')).sort() : [])
    dataRows.push([`@arms-control/data/${f.replace(/\.js$/, '')}`, kb(await minGz({ file: join(collections, f) }))]);
  dataRows.push(['@arms-control/data/lazy (loader table; records load on demand)', kb(await ifExists(join(paths.dataDist, 'generated/lazy.js'), []))]);
  dataRows.push(['@arms-control/data/edtf', kb(await ifExists(join(paths.dataDist, 'edtf.js'), []))]);
  const data: Table = { title: 'Size of the data package, min+gz', head: ['entry', 'min+gz'], align: 'lr', rows: dataRows };
  return [ours, alternatives, data];
}
