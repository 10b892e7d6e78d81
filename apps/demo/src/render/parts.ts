/** Pieces the build-time pages share: links to records, evidence lists, events, quotes, positions, linkages. */
import * as data from '@arms-control/data';
import type { Actor, Evidence, Event, Linkage, Position, Quote } from '@arms-control/data';
import { formatDate, time } from '../shared/fallback.js';
import { h, type Child } from '../shared/dom.js';
import { href } from './layout.js';
import { html, type Markup } from './html.js';

export type Data = typeof data;
export { data };

export interface Ctx {
  base: string;
  data: Data;
  /** ISO day of the build, for "as of" notes. */
  today: string;
}

export const lookup = data.byId as unknown as import('../shared/fallback.js').Lookup;

export const CLAIM: Record<Evidence['claim'], string> = {
  asserted: 'states as fact',
  'reported-speech': 'reports the words',
  analysis: 'analysis',
};

export type Side = 'ru' | 'us' | 'other';
const SIDE_OF_COUNTRY: Record<string, Side> = { RU: 'ru', SU: 'ru', US: 'us' };
export const SIDE_LABEL: Record<Side, string> = { ru: 'Russia', us: 'United States', other: 'Others' };

/** Which side an actor speaks for: its country, else the country of the organization of its first role. */
export function sideOf(actor: Actor | undefined): Side {
  if (!actor) return 'other';
  if (actor.id === 'soviet-union') return 'ru';
  const country = actor.country ?? (actor.roles?.[0]?.organization ? data.byId('actors', actor.roles[0].organization)?.country : undefined);
  return (country && SIDE_OF_COUNTRY[country]) || 'other';
}

export function actorLink(ctx: Ctx, id: string): Child {
  return h('a', { href: href(ctx.base, 'actors', { actor: id }) }, data.byId('actors', id)?.name ?? id);
}
export function issueLink(ctx: Ctx, id: string): Child {
  return h('a', { href: href(ctx.base, 'issues', { issue: id }) }, data.byId('issues', id)?.name ?? id);
}
export function treatyLink(ctx: Ctx, id: string): Child {
  return h('a', { href: `${href(ctx.base, 'treaties', { treaty: id })}#treaty-${id}` }, data.byId('treaties', id)?.name ?? id);
}
export function eventLink(ctx: Ctx, id: string): Child {
  return h('a', { href: `${href(ctx.base, 'timeline')}#${id}` }, data.byId('events', id)?.title ?? id);
}

export function list(items: Child[], sep = ', '): Child[] {
  return items.flatMap((item, i) => (i ? [sep, item] : [item]));
}

/** Sources of a record: publisher, linked title, date, what kind of claim, and the excerpt. */
export function evidenceList(evidence: readonly Evidence[], label = 'Sources'): Markup {
  if (!evidence.length) return html``;
  const items = evidence.map((e) => {
    const s = data.byId('sources', e.source);
    return h('li', null,
      s ? [h('a', { href: s.url }, s.title), ` — ${s.publisher}`, s.published ? [', ', time(s.published)] : null] : e.source,
      ` (${CLAIM[e.claim]}${e.preferred ? ', preferred version' : ''})`,
      h('blockquote', { class: 'excerpt', cite: s?.url }, h('p', null, e.excerpt)));
  });
  return html`<details class="evidence"><summary>${label} (${evidence.length})</summary>${h('ul', null, ...items)}</details>`;
}

export function eventArticle(ctx: Ctx, e: Event, headingLevel = 3): Markup {
  const treaties = [...new Set([...(e.treaties ?? []), ...(e.treatyActions ?? []).map((a) => a.treaty)])];
  return html`<li id="${e.id}" class="event filterable" data-actor="${e.actors.join(' ')}" data-issue="${e.issues.join(' ')}" data-treaty="${treaties.join(' ')}" data-years="${yearsOf(e)}"><article>
  ${h('p', { class: 'meta' }, time(e.date), e.scheduled ? ' (scheduled)' : '', ' · ', e.kind.replace(/-/g, ' '), e.location ? ` · ${e.location}` : '')}
  ${h(`h${headingLevel}`, null, e.title)}
  <p>${e.description}</p>
  <p class="tags">Who: ${list(e.actors.map((a) => actorLink(ctx, a)))}. Issues: ${list(e.issues.map((i) => issueLink(ctx, i)))}.${treaties.length ? html` Treaties: ${list(treaties.map((t) => treatyLink(ctx, t)))}.` : ''}</p>
  ${evidenceList(e.evidence)}
</article></li>`;
}

/** The years a dated record spans, for filtering by period ("2009 2010"). */
export function yearsOf(r: { earliest: string | null; latest: string | null }): string {
  const from = Number(r.earliest?.slice(0, 4));
  const to = Number(r.latest?.slice(0, 4) ?? from);
  if (!from) return '';
  return Array.from({ length: Math.max(0, (to || from) - from) + 1 }, (_, i) => from + i).join(' ');
}

export function quoteFigure(ctx: Ctx, q: Quote, opts: { filterable?: boolean } = {}): Markup {
  const s = data.byId('sources', q.evidence[0]?.source ?? '');
  const speaker = data.byId('actors', q.speaker);
  return html`<figure class="quote${opts.filterable ? ' filterable' : ''}" ${opts.filterable ? html` id="${q.id}"` : ''} data-speaker="${q.speaker}" data-years="${yearsOf(q)}" data-search="${`${q.text} ${speaker?.name ?? ''} ${q.speakerRole} ${q.occasion}`.toLowerCase()}">
  <blockquote${s ? html` cite="${s.url}"` : ''}><p>${q.text}</p></blockquote>
  <figcaption>${actorLink(ctx, q.speaker)}, ${q.speakerRole}, ${time(q.date)}, ${q.occasion}${q.translated ? ' (translated)' : ''}.
  ${s ? h('a', { href: s.url }, `Source: ${s.publisher}`) : ''}</figcaption>
</figure>`;
}

export function positionItem(ctx: Ctx, p: Position, show: 'actor' | 'issue'): Markup {
  return html`<li class="position"><p class="meta">${time(p.date)} · ${show === 'actor' ? actorLink(ctx, p.actor) : issueLink(ctx, p.issue)}</p>
  <p><strong>${p.stance}.</strong> ${p.summary}</p>${evidenceList(p.evidence)}</li>`;
}

export function linkageArticle(ctx: Ctx, l: Linkage, headingLevel = 3): Markup {
  const tag = `h${headingLevel}`;
  const steps = l.history.map((s) => h('li', null, time(s.date), ` — ${s.status} by `, actorLink(ctx, s.by), `: ${s.note}`, s.event ? [' (', eventLink(ctx, s.event), ')'] : ''));
  return html`<article class="linkage" id="linkage-${l.id}">
  ${h(tag, null, l.title)}
  <p class="meta">${time(l.date)} · ${l.mechanism} · ${l.explicitness}</p>
  <p>${actorLink(ctx, l.linker)} made its course on ${issueLink(ctx, l.leverage)} depend on what ${actorLink(ctx, l.target)} did on ${issueLink(ctx, l.sought)}.</p>
  <p>${l.summary}</p>
  ${steps.length ? html`<ol class="history" aria-label="History">${steps}</ol>` : ''}
  ${evidenceList(l.evidence)}
</article>`;
}

export function dateRange(from: string | null | undefined, to: string | null | undefined): string {
  return [formatDate(from), formatDate(to)].filter(Boolean).join(' – ');
}

export function options(items: { id: string; name: string }[], selectedLabel: string): Markup {
  return html`<option value="">${selectedLabel}</option>${items.map((i) => html`<option value="${i.id}">${i.name}</option>`)}`;
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
