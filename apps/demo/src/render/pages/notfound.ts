import { html, type Markup } from '../html.js';
import { PAGES } from '../layout.js';
import type { Ctx } from '../parts.js';

export function renderNotFound(ctx: Ctx): Markup {
  return html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped. Records keep their ids for good, so a link with <code>?actor=</code>, <code>?issue=</code> or an event id still works on the pages below.</p>
<ul class="cards">${PAGES.filter((p) => p.nav).map((p) => html`<li><a href="${ctx.base}${p.path}">${p.nav === 'Story' ? 'The story' : p.nav}</a> <span class="meta">${p.description}</span></li>`)}</ul>`;
}
