import type { Issue } from '@arms-control/data';
import { linkagesFallback } from '../../shared/fallback.js';
import { html, type Markup } from '../html.js';
import { href } from '../layout.js';
import { byName, evidenceList, issueLink, linkageArticle, lookup, options, positionItem, sideOf, SIDE_LABEL, treatyLink, type Ctx, type Side, list, yearsOf } from '../parts.js';

function issueDetail(ctx: Ctx, issue: Issue): Markup {
  const about = ctx.data.aboutIssue(issue.id);
  const sides: Side[] = ['ru', 'us', 'other'];
  const bySide = (side: Side) => about.positions.filter((p) => sideOf(ctx.data.byId('actors', p.actor)) === side);
  return html`<section class="detail" id="issue-${issue.id}" data-issue="${issue.id}" aria-labelledby="issue-${issue.id}-h">
  <p class="back"><a href="${href(ctx.base, 'issues')}">All issues</a></p>
  <h2 id="issue-${issue.id}-h">${issue.name}</h2>
  <p>${issue.description}</p>
  ${about.treaties.length ? html`<p class="tags">Treaties: ${list(about.treaties.map((t) => treatyLink(ctx, t.id)))}.</p>` : ''}
  ${evidenceList(issue.evidence)}
  <h3>Positions over time</h3>
  ${about.positions.length ? html`<div class="two-sides">${sides.filter((s) => s !== 'other' || bySide(s).length).map((side) => html`<div class="side side-${side}">
    <h4>${SIDE_LABEL[side]}</h4>
    ${bySide(side).length ? html`<ol class="positions">${bySide(side).map((p) => positionItem(ctx, p, 'actor'))}</ol>` : html`<p class="none">No position recorded yet.</p>`}
  </div>`)}</div>` : html`<p class="none">No position recorded yet.</p>`}
  ${about.linkages.length ? html`<h3>Linkages involving this issue (${about.linkages.length})</h3>
  <ul>${about.linkages.map((l) => html`<li><a href="#linkage-${l.id}">${l.title}</a>: ${l.leverage === issue.id ? 'used as leverage' : 'the issue sought'}</li>`)}</ul>` : ''}
  <p><a href="${href(ctx.base, 'timeline', { issue: issue.id })}">${about.events.length} events on this issue</a> · <a href="${href(ctx.base, 'quotes')}">${about.quotes.length} quotes</a></p>
</section>`;
}

export function renderIssues(ctx: Ctx): Markup {
  const { data } = ctx;
  const linkages = [...data.linkages].sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? ''));
  const linkers = data.actors.filter((a) => linkages.some((l) => l.linker === a.id)).sort(byName);
  const years = [...new Set(linkages.map((l) => (l.earliest ?? '').slice(0, 4)).filter(Boolean))].sort();
  const yearOptions = (label: string) => html`<option value="">${label}</option>${years.map((y) => html`<option>${y}</option>`)}`;
  const issues = [...data.issues].sort(byName);
  return html`<h1>Issues and linkages</h1>
<p>An arrow runs from the issue a side used as leverage to the issue on which it wanted the other side to move. Filter by who made the linkage, by issue or by period; select an issue below for both sides’ positions over time.</p>
<form class="filters" id="filters" action="" method="get" aria-label="Filter linkages">
  <p><label for="f-actor">Made by</label><select id="f-actor" name="actor">${options(linkers, 'Anyone')}</select></p>
  <p><label for="f-issue">Issue</label><select id="f-issue" name="issue">${options(issues, 'Any issue')}</select></p>
  <p><label for="f-from">From</label><select id="f-from" name="from">${yearOptions('Earliest')}</select></p>
  <p><label for="f-to">To</label><select id="f-to" name="to">${yearOptions('Latest')}</select></p>
  <p class="actions"><button type="submit">Apply</button> <a href="./" id="f-reset">Clear filters</a></p>
</form>
<ac-linkage-diagram id="diagram" class="diagram">${linkagesFallback(linkages, lookup)}</ac-linkage-diagram>

<div id="index" class="index">
<h2>Issues</h2>
<ul class="cards">${issues.map((i) => {
  const about = data.aboutIssue(i.id);
  return html`<li>${issueLink(ctx, i.id)} <span class="meta">${about.positions.length} positions · ${about.linkages.length} linkages · ${about.events.length} events</span></li>`;
})}</ul>
</div>
<div class="details">
${issues.map((i) => issueDetail(ctx, i))}
</div>

<h2 id="all-linkages">Every linkage, with its history</h2>
<div class="linkages">${linkages.map((l) => html`<div class="linkage-wrap filterable" data-actor="${l.linker}" data-issue="${l.leverage} ${l.sought}" data-years="${yearsOf(l)}">${linkageArticle(ctx, l, 3)}</div>`)}</div>`;
}
