import { treatyFallback, time } from '../../shared/fallback.js';
import { html, type Markup } from '../html.js';
import { actorLink, evidenceList, eventLink, issueLink, list, type Ctx } from '../parts.js';

const ACTION: Record<string, string> = {
  signed: 'Signed',
  'entered-into-force': 'Entered into force',
  extended: 'Extended',
  suspended: 'Suspended',
  resumed: 'Resumed',
  'withdrawal-announced': 'Withdrawal announced',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  terminated: 'Terminated',
};

export function renderTreaties(ctx: Ctx): Markup {
  const { data } = ctx;
  const treaties = [...data.treaties].sort((a, b) => (a.signed ?? '9').localeCompare(b.signed ?? '9'));
  return html`<h1>Treaties</h1>
<p>For each treaty: time left until it expires, or how long ago it ended, and its status history. Status is derived from dated events; the countdowns run on your device’s clock.</p>
<nav aria-label="Treaties" class="toc"><ul>${treaties.map((t) => html`<li><a href="?treaty=${t.id}#treaty-${t.id}">${t.name}</a></li>`)}</ul></nav>
${treaties.map((t) => {
  const about = data.aboutTreaty(t.id);
  const status = data.treatyStatus(t.id, ctx.today);
  const milestones = data.treatyMilestones(t.id);
  return html`<section class="treaty" id="treaty-${t.id}" data-id="${t.id}" aria-labelledby="treaty-${t.id}-h">
  <h2 id="treaty-${t.id}-h">${t.name}</h2>
  <p class="full-name">${t.fullName}</p>
  <ac-treaty-countdown treaty="${t.id}">${treatyFallback(t)}</ac-treaty-countdown>
  <p>${t.description}</p>
  <p class="tags">Parties: ${list(t.parties.map((p) => actorLink(ctx, p)))}.${about.issues.length ? html` Issues: ${list(about.issues.map((i) => issueLink(ctx, i.id)))}.` : ''}${t.url ? html` <a href="${t.url}">Treaty text</a>.` : ''}</p>
  ${status ? html`<p class="meta">Status when this page was built (${time(ctx.today)}): <strong>${status.status.replace(/-/g, ' ')}</strong>${status.since ? html` since ${time(status.since)}` : ''}.</p>` : ''}
  <table class="history">
    <caption>Status history of ${t.name}</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">What happened</th><th scope="col">Event</th></tr></thead>
    <tbody>${milestones.map((m) => html`<tr><td>${time(m.date)}</td><td>${ACTION[m.action] ?? m.action}${m.party ? html` by ${actorLink(ctx, m.party)}` : ''}${m.expires ? html`, now expiring ${time(m.expires)}` : ''}</td><td>${m.event ? eventLink(ctx, m.event.id) : 'treaty record'}</td></tr>`)}</tbody>
  </table>
  ${evidenceList(t.evidence)}
</section>`;
})}`;
}
