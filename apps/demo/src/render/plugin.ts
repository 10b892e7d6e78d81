/**
 * The Vite plugin that makes the site: fills each page shell (site/**.html) with its content rendered from
 * @arms-control/data at build time, and publishes the data files, the CDN bundle of the elements and `_headers`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { headersFile } from './csp.js';
import { dataFiles, readDataFile } from './data-files.js';
import { layout, PAGES } from './layout.js';
import type { Markup } from './html.js';
import { data, type Ctx } from './parts.js';
import { renderActors } from './pages/actors.js';
import { renderData } from './pages/data.js';
import { renderEmbed } from './pages/embed.js';
import { renderHome } from './pages/home.js';
import { renderIssues } from './pages/issues.js';
import { renderNotFound } from './pages/notfound.js';
import { renderQuotes } from './pages/quotes.js';
import { renderTimeline } from './pages/timeline.js';
import { renderTreaties } from './pages/treaties.js';

const RENDER: Record<string, (ctx: Ctx) => Markup> = {
  home: renderHome,
  timeline: renderTimeline,
  actors: renderActors,
  issues: renderIssues,
  treaties: renderTreaties,
  quotes: renderQuotes,
  data: renderData,
  embed: renderEmbed,
  notfound: renderNotFound,
};

const elementsDir = dirname(createRequire(import.meta.url).resolve('@arms-control/elements/package.json'));
const cdnDir = join(elementsDir, 'dist', 'cdn');

/** Files the site publishes beyond the pages: [URL path below base, contents]. */
function extraFiles(base: string): [string, () => Buffer | string][] {
  const files = dataFiles();
  const out: [string, () => Buffer | string][] = [...files.json, ...files.csv, ...files.schema, files.datapackage].map((f) => [
    `data/files/${f.path}`,
    () => readDataFile(f.path),
  ]);
  if (existsSync(cdnDir)) {
    for (const f of readdirSync(cdnDir, { recursive: true, withFileTypes: true })) {
      if (!f.isFile() || f.name.endsWith('.map')) continue;
      const path = join(f.parentPath, f.name);
      out.push([`cdn/${relative(cdnDir, path).split('\\').join('/')}`, () => readFileSync(path)]);
    }
  }
  out.push(['_headers', () => headersFile(base)]);
  return out;
}

/** Directories that are pages: `/timeline` redirects to `/timeline/` on every static host, as in dev here. */
export function sitePlugin(): Plugin {
  let base = '/';
  let root = '';
  let build = false;
  return {
    name: 'arms-control-site',
    configResolved(config) {
      base = config.base;
      root = config.root;
      build = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(source, { filename }) {
        const file = relative(root, filename).split('\\').join('/');
        const page = PAGES.find((p) => p.file === file);
        if (!page) throw new Error(`No page is defined for ${file}`);
        const ctx: Ctx = { base, data, today: new Date().toISOString().slice(0, 10) };
        const { head, body } = layout(page, base, RENDER[page.key]!(ctx), build);
        return source.replace('<!--head-->', head.value).replace('<!--body-->', body.value);
      },
    },
    /** A component not built yet resolves to an empty module: the page keeps its fallback HTML (reported once). */
    async resolveId(id, importer) {
      if (!id.startsWith('@arms-control/elements/') || !id.endsWith('.js')) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      if (resolved) return resolved;
      this.warn(`${id} is not built yet: its pages show the fallback HTML`);
      return `\0missing-component:${id}`;
    },
    load(id) {
      return id.startsWith('\0missing-component:') ? 'export {};' : null;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!).slice(base.length);
        const file = extraFiles(base).find(([p]) => p === path);
        if (!file) return next();
        res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : path.endsWith('.csv') ? 'text/csv' : 'application/json');
        res.end(file[1]());
      });
    },
    generateBundle() {
      if (!existsSync(cdnDir)) this.warn(`${cdnDir} is missing: build @arms-control/elements first, or the embed snippets will not load`);
      for (const [fileName, read] of extraFiles(base)) this.emitFile({ type: 'asset', fileName, source: read() });
    },
  };
}
