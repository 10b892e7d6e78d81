import { Marked } from 'marked';
import { dataFiles, examples, readDataDoc, repositoryUrl, type DataFile } from '../data-files.js';
import { html, raw, type Markup } from '../html.js';
import type { Ctx } from '../parts.js';

/** Markdown of the data package's own documents, headings demoted to sit under this page's. */
function markdown(text: string, shift: number): Markup {
  const md = new Marked({
    walkTokens(token) {
      if (token.type === 'heading') token.depth = Math.min(6, token.depth + shift);
      // Links between the package's documents: to this page's sections, else to the repository.
      if (token.type === 'link' && !/^(https?:|#)/.test(token.href)) {
        token.href = token.href.includes('DATA-CHANGELOG') ? '#changelog' : `${REPO}/blob/main/packages/data/${token.href.replace(/^\.\//, '')}`;
      }
    },
  });
  return raw(md.parse(text, { async: false }) as string);
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}`);
  if (start < 0) return '';
  const rest = text.slice(start + 3 + heading.length);
  const end = rest.search(/\n## /);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

const REPO = repositoryUrl();

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

export function renderData(ctx: Ctx): Markup {
  const files = dataFiles();
  const link = (f: DataFile) => html`<a href="${ctx.base}data/files/${f.path}" download>${f.path.split('/').pop()}</a> <span class="meta">${kb(f.bytes)}</span>`;
  const changelog = readDataDoc('DATA-CHANGELOG.md').replace(/^# .*\n/, '');
  const correction = section(readDataDoc('CONTRIBUTING.md'), 'Reporting a correction');
  return html`<h1>Use the data</h1>
<p>Everything on this site comes from <code>@arms-control/data</code>: typed ES modules with zero runtime dependencies, plus JSON, CSV, JSON Schema and a Frictionless Data Package for everyone else. Data under CC BY 4.0: credit “arms-control contributors” and link to the source records.</p>
<nav aria-label="On this page" class="toc"><ul>
  <li><a href="#install">Install</a></li><li><a href="#examples">Examples</a></li><li><a href="#downloads">Downloads</a></li><li><a href="#changelog">Changelog</a></li><li><a href="#corrections">Report a correction</a></li>
</ul></nav>

<h2 id="install">Install</h2>
<pre><code>npm install @arms-control/data</code></pre>
<p>Node 20.19+ or any bundler. Each collection (<code>sources</code>, <code>actors</code>, <code>issues</code>, <code>treaties</code>, <code>events</code>, <code>quotes</code>, <code>positions</code>, <code>linkages</code>) is a readonly array sorted by id; every record but sources carries <code>evidence</code>: the source, a verbatim excerpt and the kind of claim. Dates are EDTF strings with derived <code>earliest</code>/<code>latest</code> ISO days.</p>

<h2 id="examples">Examples</h2>
<p>Each example runs as it is with <code>node example.mjs</code> after installing; the site’s tests run every one of them against the current data.</p>
${examples().map((e) => html`<section class="example" aria-labelledby="ex-${e.file}">
  <h3 id="ex-${e.file}">${e.title}</h3>
  <pre><code class="language-js" data-example="${e.file}">${e.code.trim()}</code></pre>
</section>`)}

<h2 id="downloads">Downloads</h2>
<p>The same records for spreadsheets, R, Python or any JSON tool. Many-valued fields of the CSV tables are in link tables (<code>quotes-issues.csv</code>, …) keyed by <code>id</code>.</p>
<div class="downloads">
  <section aria-labelledby="dl-json"><h3 id="dl-json">JSON</h3><ul>${files.json.map((f) => html`<li>${link(f)}</li>`)}</ul></section>
  <section aria-labelledby="dl-csv"><h3 id="dl-csv">CSV</h3><ul>${files.csv.map((f) => html`<li>${link(f)}</li>`)}</ul></section>
  <section aria-labelledby="dl-schema"><h3 id="dl-schema">JSON Schema</h3><ul>${files.schema.map((f) => html`<li>${link(f)}</li>`)}</ul>
  <h3>Data Package</h3><ul><li>${link(files.datapackage)} — describes every file above (Frictionless).</li></ul></section>
</div>

<h2 id="changelog">Data changelog</h2>
<div class="prose">${markdown(changelog, 1)}</div>

<h2 id="corrections">Report a correction</h2>
<div class="prose">${markdown(correction, 1)}</div>
<p>Corrections ship as patch releases of the data and appear in the changelog above. You can also propose the fix yourself: each record is one JSON file in <code>packages/data/records/</code>, so a correction is a one-file change.</p>`;
}
