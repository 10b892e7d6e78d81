import { cspMeta } from './csp.js';
import { html, type Markup } from './html.js';

export interface PageDef {
  /** Key and client entry name. */
  key: string;
  /** Path below the base, '' for the home page. */
  path: string;
  /** HTML file relative to the Vite root. */
  file: string;
  nav?: string;
  title: string;
  description: string;
}

export const PAGES: PageDef[] = [
  { key: 'home', path: '', file: 'index.html', nav: 'Story', title: 'Offense, defense and linkage in U.S.–Russian arms control', description: 'How Moscow and Washington tied strategic arms to missile defense and other issues, told from sourced records: linkages, quotes from both sides, treaty clocks and a timeline.' },
  { key: 'timeline', path: 'timeline/', file: 'timeline/index.html', nav: 'Timeline', title: 'Timeline', description: 'Every event in the record, filterable by actor, issue, treaty and period, each with its sources.' },
  { key: 'actors', path: 'actors/', file: 'actors/index.html', nav: 'Actors', title: 'Actors', description: 'The people, states, governments and outlets in the record: their roles over time, quotes, positions and the linkages they made.' },
  { key: 'issues', path: 'issues/', file: 'issues/index.html', nav: 'Issues', title: 'Issues and linkages', description: 'The issues linked to one another, as a diagram with filters, and both sides’ positions on each issue over time.' },
  { key: 'treaties', path: 'treaties/', file: 'treaties/index.html', nav: 'Treaties', title: 'Treaties', description: 'Each treaty’s lifetime or countdown to expiry, and its status history: signature, entry into force, extensions, suspensions, withdrawals.' },
  { key: 'quotes', path: 'quotes/', file: 'quotes/index.html', nav: 'Quotes', title: 'Quotes', description: 'Every quotation in the record, verbatim with speaker, role, date and source; searchable by text and speaker.' },
  { key: 'data', path: 'data/', file: 'data/index.html', nav: 'Data', title: 'Use the data', description: 'Install and use @arms-control/data, download the JSON, CSV, JSON Schema and Data Package, read the data changelog and report a correction.' },
  { key: 'embed', path: 'embed/', file: 'embed/index.html', nav: 'Embed', title: 'Embed a component', description: 'Build an embed snippet for a quote card, treaty countdown, linkage diagram or event timeline and paste it into any web page.' },
  { key: 'notfound', path: '404.html', file: '404.html', title: 'Page not found', description: 'This page does not exist.' },
];

export const SITE_NAME = 'Arms control & linkage';

export function href(base: string, key: string, query?: Record<string, string | undefined>): string {
  const page = PAGES.find((p) => p.key === key)!;
  const q = new URLSearchParams(Object.entries(query ?? {}).filter((e): e is [string, string] => !!e[1])).toString();
  return `${base}${page.path}${q ? `?${q}` : ''}`;
}

export function layout(page: PageDef, base: string, main: Markup, build: boolean): { head: Markup; body: Markup } {
  const title = page.key === 'home' ? `${SITE_NAME}: ${page.title}` : `${page.title} · ${SITE_NAME}`;
  const head = html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${build ? html`<meta http-equiv="Content-Security-Policy" content="${cspMeta()}">` : ''}
<title>${title}</title>
<meta name="description" content="${page.description}">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
<script src="${base}theme.js"></script>`;
  const nav = PAGES.filter((p) => p.nav).map(
    (p) => html`<li><a href="${base}${p.path}"${p.key === page.key ? html` aria-current="page"` : ''}>${p.nav}</a></li>`,
  );
  const body = html`<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="${base}">${SITE_NAME}</a>
  <nav aria-label="Site"><ul>${nav}</ul></nav>
  <p class="theme-switch"><label for="theme">Theme</label>
    <select id="theme" name="theme"><option value="auto">Auto</option><option value="light">Light</option><option value="dark">Dark</option></select></p>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <p>Every record carries its source and a verbatim excerpt. Data <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>, code MIT.
  <a href="${base}data/#corrections">Report a correction</a> · <a href="${base}data/">Download the data</a> · <a href="${base}embed/">Embed</a></p>
</footer>`;
  return { head, body };
}
