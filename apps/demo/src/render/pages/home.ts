import type { Quote } from '@arms-control/data';
import { linkagesFallback, quoteFallback, treatyFallback, eventsFallback } from '../../shared/fallback.js';
import { html, type Markup } from '../html.js';
import { InlineProps } from '../inline-props.js';
import { href } from '../layout.js';
import { lookup, sideOf, SIDE_LABEL, type Ctx, type Side } from '../parts.js';

/** The issue most linkages touch: the story's spine (offense–defense, as the records stand). */
function centralIssues(ctx: Ctx): string[] {
  const count = new Map<string, number>();
  for (const l of ctx.data.linkages) for (const i of [l.leverage, l.sought]) count.set(i, (count.get(i) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** Up to `n` quotes per side, preferring those on the most-linked issues, spread over time. */
function keyQuotes(ctx: Ctx, side: Side, n: number): Quote[] {
  const rank = centralIssues(ctx);
  const score = (q: Quote) => Math.min(...q.issues.map((i) => (rank.includes(i) ? rank.indexOf(i) : 99)));
  const mine = ctx.data.quotes.filter((q) => sideOf(ctx.data.byId('actors', q.speaker)) === side);
  const picked: Quote[] = [];
  const years = new Set<string>();
  for (const q of [...mine].sort((a, b) => score(a) - score(b) || (a.earliest ?? '').localeCompare(b.earliest ?? ''))) {
    const year = (q.earliest ?? '').slice(0, 4);
    if (picked.length < n && !years.has(year)) (picked.push(q), years.add(year));
  }
  for (const q of mine) if (picked.length < n && !picked.includes(q)) picked.push(q);
  return picked.sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? ''));
}

/** A record without its evidence, which a card never shows. */
function withoutEvidence<T extends { evidence?: unknown }>(record: T): Omit<T, 'evidence'> {
  const { evidence: _, ...rest } = record;
  return rest;
}

/** A quote card's `data` property with everything it shows, so the card looks nothing up. */
function quoteCardData(ctx: Ctx, q: Quote) {
  const sources = [...new Set(q.evidence.map((e) => e.source))].map((id) => ctx.data.byId('sources', id)!);
  const speaker = ctx.data.byId('actors', q.speaker);
  return { data: { quote: withoutEvidence(q), speaker: speaker && withoutEvidence(speaker), sources } };
}

export function renderHome(ctx: Ctx): Markup {
  const { data, base } = ctx;
  // The quote cards open the page: they bring their records, so a first visit fetches no data modules.
  const props = new InlineProps();
  const linkages = [...data.linkages].sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? ''));
  const years = linkages.map((l) => (l.earliest ?? '').slice(0, 4)).filter(Boolean);
  // The short timeline follows the most-linked issue that has a short enough history to read at a glance.
  const spine = centralIssues(ctx).find((id) => data.timeline({ issue: id }).length <= 20) ?? centralIssues(ctx)[0];
  const story = spine ? data.timeline({ issue: spine }) : [];
  const treaties = [...data.treaties].sort((a, b) => (a.signed ?? '').localeCompare(b.signed ?? ''));
  const linkers = new Set(linkages.map((l) => l.linker));
  const sides: Side[] = ['ru', 'us'];
  return html`<div class="hero">
  <h1>Offense, defense and the art of linkage</h1>
  <p class="lead">Arms control between Washington and Moscow has rarely been about one thing at a time. Again and again one side has made progress on one issue conditional on the other side’s behaviour on another: cuts in strategic arms against limits on missile defense, a radar against a missile site, cooperation against legal guarantees. Political scientists call this <em>linkage</em>.</p>
  <p>This site tells that story from a sourced record: ${data.linkages.length} linkages made by ${linkers.size} actors${years.length ? ` between ${years[0]} and ${years.at(-1)}` : ''}, ${data.events.length} events, ${data.quotes.length} quotes and ${data.treaties.length} treaties. Every statement links to the source it comes from, with a verbatim excerpt.</p>
  <p class="cta"><a class="button" href="#linkages">See the linkages</a> <a href="${href(base, 'timeline')}">Browse the timeline</a> <a href="${href(base, 'data')}">Get the data</a></p>
</div>

<section aria-labelledby="quotes-h">
  <h2 id="quotes-h">In their own words</h2>
  <div class="two-sides">
  ${sides.map((side) => html`<div class="side side-${side}">
    <h3>${SIDE_LABEL[side]}</h3>
    ${keyQuotes(ctx, side, 3).map((q) => html`<ac-quote-card quote="${q.id}" variant="compact" data-props="${props.add(q.id, quoteCardData(ctx, q))}">${quoteFallback(q, lookup)}</ac-quote-card>`)}
  </div>`)}
  </div>
  <p><a href="${href(base, 'quotes')}">All ${data.quotes.length} quotes, searchable</a></p>
</section>

<section id="linkages" aria-labelledby="linkages-h">
  <h2 id="linkages-h">Who linked what to what</h2>
  <p>Each arrow runs from the issue a side used as leverage to the issue on which it wanted the other side to move, coloured by who made the linkage. Select an arrow for its evidence; <a href="${href(base, 'issues')}">filter the diagram</a> by actor, issue or period.</p>
  <ac-linkage-diagram class="diagram">${linkagesFallback(linkages, lookup)}</ac-linkage-diagram>
</section>

<section aria-labelledby="treaties-h">
  <h2 id="treaties-h">Treaty clocks</h2>
  <p>The treaties at stake, with the time left until they expire or the time since they ended.</p>
  <ul class="clocks">
  ${treaties.map((t) => html`<li><ac-treaty-countdown treaty="${t.id}">${treatyFallback(t)}</ac-treaty-countdown></li>`)}
  </ul>
  <p><a href="${href(base, 'treaties')}">Status histories of all treaties</a></p>
</section>

${spine ? html`<section aria-labelledby="timeline-h">
  <h2 id="timeline-h">The thread through time: ${data.byId('issues', spine)?.name ?? spine}</h2>
  <ac-event-timeline issue="${spine}">${eventsFallback(story, lookup)}</ac-event-timeline>
  <p><a href="${href(base, 'timeline', { issue: spine })}">These events with their sources</a> · <a href="${href(base, 'timeline')}">all ${data.events.length} events</a></p>
</section>` : ''}
${props.block()}`;
}
