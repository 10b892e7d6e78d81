import { html, type Markup } from '../html.js';
import { byName, options, quoteFigure, type Ctx } from '../parts.js';

export function renderQuotes(ctx: Ctx): Markup {
  const { data } = ctx;
  const quotes = [...data.quotes].sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? '') || a.id.localeCompare(b.id));
  const speakers = data.actors.filter((a) => quotes.some((q) => q.speaker === a.id)).sort(byName);
  return html`<h1>Quotes</h1>
<p>Every quotation in the record, verbatim as the source prints it (with its ellipses and brackets), with the speaker’s role at the time, the date at the precision known, and the source.</p>
<form class="filters" id="search" action="" method="get" role="search" aria-label="Search quotes">
  <p class="grow"><label for="q">Words</label><input id="q" name="q" type="search" autocomplete="off" spellcheck="false"></p>
  <p><label for="speaker">Speaker</label><select id="speaker" name="speaker">${options(speakers, 'Anyone')}</select></p>
  <p class="actions"><button type="submit">Search</button> <a href="./" id="f-reset">Clear</a></p>
</form>
<p id="count" class="count" role="status">${quotes.length} quotes</p>
<div class="quotes" id="quotes">
${quotes.map((q) => quoteFigure(ctx, q, { filterable: true }))}
</div>
<p id="none" class="none" hidden>No quote matches.</p>`;
}
