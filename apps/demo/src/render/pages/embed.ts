import { COMPONENTS, embedElement, embedSnippet, readState, THEMES, VARIANTS } from '../../shared/embed.js';
import { formatDate } from '../../shared/fallback.js';
import { html, type Markup } from '../html.js';
import { byName, type Ctx } from '../parts.js';

export const CDN_PATH = 'cdn/arms-control-elements.js';

export function renderEmbed(ctx: Ctx): Markup {
  const { data, base } = ctx;
  const state = readState(new URLSearchParams(), data);
  const element = embedElement(state, data);
  const quotes = [...data.quotes].sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? ''));
  const years = [...new Set([...data.events, ...data.linkages].map((r) => (r.earliest ?? '').slice(0, 4)).filter(Boolean))].sort();
  const select = (name: string, label: string, opts: Markup, note = '') =>
    html`<p class="field" data-option="${name}"><label for="e-${name}">${label}</label><select id="e-${name}" name="${name}">${opts}</select>${note ? html`<span class="hint">${note}</span>` : ''}</p>`;
  const any = (label: string) => html`<option value="">${label}</option>`;
  const yearOpts = (label: string) => html`${any(label)}${years.map((y) => html`<option>${y}</option>`)}`;
  return html`<h1>Embed a component</h1>
<p>Put a sourced quote card, a live treaty countdown, the linkage diagram or a timeline on your own page: pick a component and its options, check the preview, copy the code and paste it into your HTML. The script comes from this site and loads nothing else: no fonts, no tracking, no iframe. The markup inside the tag is a plain-HTML version that readers without JavaScript, feed readers and search engines see.</p>
<div class="builder">
<form id="builder" class="builder-form" action="" method="get" aria-label="Embed options">
  <fieldset><legend>Component</legend>
  ${Object.entries(COMPONENTS).map(([id, label]) => html`<p class="choice"><input type="radio" id="c-${id}" name="component" value="${id}"${id === state.component ? html` checked` : ''}><label for="c-${id}">${label}</label></p>`)}
  </fieldset>
  <fieldset><legend>Options</legend>
  ${select('quote', 'Quote', html`${quotes.map((q) => html`<option value="${q.id}"${q.id === state.quote ? html` selected` : ''}>${data.byId('actors', q.speaker)?.name ?? q.speaker}, ${formatDate(q.date)}: ${q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text}</option>`)}`)}
  ${select('variant', 'Variant', html`${VARIANTS.map((v) => html`<option>${v}</option>`)}`)}
  ${select('treaty', 'Treaty', html`${any('Any treaty')}${[...data.treaties].sort(byName).map((t) => html`<option value="${t.id}">${t.name}</option>`)}`)}
  ${select('actor', 'Actor', html`${any('Any actor')}${[...data.actors].sort(byName).map((a) => html`<option value="${a.id}">${a.name}</option>`)}`, 'For the diagram: who made the linkage.')}
  ${select('issue', 'Issue', html`${any('Any issue')}${[...data.issues].sort(byName).map((i) => html`<option value="${i.id}">${i.name}</option>`)}`)}
  ${select('from', 'From', yearOpts('Earliest'))}
  ${select('to', 'To', yearOpts('Latest'))}
  ${select('theme', 'Theme', html`${THEMES.map((t) => html`<option>${t}</option>`)}`, 'Auto follows the reader’s light or dark setting.')}
  </fieldset>
  <p class="actions"><button type="submit">Update preview</button></p>
</form>
<section class="preview-wrap" aria-labelledby="preview-h">
  <h2 id="preview-h">Preview</h2>
  <div id="preview" class="preview">${element}</div>
</section>
</div>
<section aria-labelledby="code-h">
  <h2 id="code-h">Code to paste</h2>
  <p><label for="snippet">Embed code: paste it where the component should appear in your page’s HTML.</label></p>
  <textarea id="snippet" class="snippet" readonly rows="14" spellcheck="false" data-cdn="${base}${CDN_PATH}">${embedSnippet(element, `${base}${CDN_PATH}`)}</textarea>
  <p class="actions"><button type="button" id="copy">Copy code</button> <span id="copied" role="status"></span></p>
  <p>Developers can install <code>@arms-control/elements</code> instead and import a single component (<code>@arms-control/elements/quote-card.js</code>); see the package README for attributes, events, CSS parts and <code>--ac-*</code> custom properties.</p>
</section>`;
}
