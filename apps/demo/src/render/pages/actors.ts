import type { Actor } from '@arms-control/data';
import { h } from '../../shared/dom.js';
import { time } from '../../shared/fallback.js';
import { html, type Markup } from '../html.js';
import { href } from '../layout.js';
import { actorLink, byName, dateRange, evidenceList, eventLink, linkageArticle, positionItem, quoteFigure, sideOf, SIDE_LABEL, type Ctx } from '../parts.js';

const KINDS: [Actor['kind'], string][] = [
  ['person', 'People'],
  ['state', 'States'],
  ['government', 'Governments and agencies'],
  ['organization', 'Organizations'],
  ['media', 'News media'],
];

/** Language of a native name, by country. */
const LANG: Record<string, string> = { RU: 'ru', UA: 'uk', CZ: 'cs', PL: 'pl', JP: 'ja', LT: 'lt', IR: 'fa', AZ: 'az', DK: 'da' };

function actorDetail(ctx: Ctx, actor: Actor): Markup {
  const about = ctx.data.aboutActor(actor.id);
  const made = about.linkages.filter((l) => l.linker === actor.id);
  const other = about.linkages.filter((l) => l.linker !== actor.id);
  const roles = actor.roles ?? [];
  return html`<section class="detail" id="actor-${actor.id}" data-actor="${actor.id}" aria-labelledby="actor-${actor.id}-h">
  <p class="back"><a href="${href(ctx.base, 'actors')}">All actors</a></p>
  <h2 id="actor-${actor.id}-h">${actor.name}${actor.nativeName ? html` <span class="native"${LANG[actor.country ?? ''] ? html` lang="${LANG[actor.country ?? '']}"` : ''}>${actor.nativeName}</span>` : ''}</h2>
  <p class="meta">${actor.kind}${actor.country ? ` · ${actor.country}` : ''} · ${SIDE_LABEL[sideOf(actor)]}</p>
  <p>${actor.description}</p>
  ${evidenceList(actor.evidence)}
  ${roles.length ? html`<h3>Roles over time</h3>
  <ol class="roles">${roles.map((r) => html`<li><strong>${r.title}</strong>${r.organization ? html`, ${actorLink(ctx, r.organization)}` : ''}: ${r.start || r.end ? dateRange(r.start, r.end) : r.attested ? html`attested ${time(r.attested)}` : ''}${evidenceList(r.evidence)}</li>`)}</ol>` : ''}
  ${about.quotes.length ? html`<h3>Quotes (${about.quotes.length})</h3>${about.quotes.map((q) => quoteFigure(ctx, q))}` : ''}
  ${about.positions.length ? html`<h3>Positions</h3><ol class="positions">${about.positions.map((p) => positionItem(ctx, p, 'issue'))}</ol>` : ''}
  ${made.length ? html`<h3>Linkages it made (${made.length})</h3>${made.map((l) => linkageArticle(ctx, l, 4))}` : ''}
  ${other.length ? html`<h3>Linkages aimed at it or answered by it (${other.length})</h3><ul>${other.map((l) => html`<li><a href="${href(ctx.base, 'issues', { actor: l.linker })}#linkage-${l.id}">${l.title}</a> (${time(l.date)})</li>`)}</ul>` : ''}
  ${about.events.length ? html`<h3>Events (${about.events.length})</h3>
  <ol class="compact">${about.events.map((e) => html`<li>${time(e.date)} — ${eventLink(ctx, e.id)}</li>`)}</ol>
  <p><a href="${href(ctx.base, 'timeline', { actor: actor.id })}">These events in the timeline, with sources</a></p>` : ''}
</section>`;
}

export function renderActors(ctx: Ctx): Markup {
  const actors = [...ctx.data.actors].sort(byName);
  return html`<h1>Actors</h1>
<div id="index" class="index">
<p>Everyone in the record. Open an actor for its roles over time, its quotes and positions, and the linkages it made.</p>
${KINDS.map(([kind, label]) => {
  const group = actors.filter((a) => a.kind === kind);
  return group.length ? html`<h2>${label}</h2><ul class="cards">${group.map((a) => {
    const about = ctx.data.aboutActor(a.id);
    return html`<li><a href="${href(ctx.base, 'actors', { actor: a.id })}">${a.name}</a> <span class="meta">${[
      about.quotes.length && `${about.quotes.length} quotes`,
      about.linkages.filter((l) => l.linker === a.id).length && `${about.linkages.filter((l) => l.linker === a.id).length} linkages`,
      about.events.length && `${about.events.length} events`,
    ].filter(Boolean).join(' · ')}</span></li>`;
  })}</ul>` : '';
})}
</div>
<div class="details">
${actors.map((a) => actorDetail(ctx, a))}
</div>
${h('p', { class: 'none', id: 'unknown', hidden: true }, 'No actor with that id. ', h('a', { href: href(ctx.base, 'actors') }, 'See all actors'), '.')}`;
}
