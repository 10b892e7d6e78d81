import { html, type Markup } from '../html.js';
import { byName, eventArticle, options, type Ctx } from '../parts.js';

/** The filter form shared by the timeline (and read by src/client/timeline.ts). */
export function renderTimeline(ctx: Ctx): Markup {
  const { data } = ctx;
  const events = data.timeline();
  const used = (pick: (e: (typeof events)[number]) => readonly string[]) => new Set(events.flatMap(pick));
  const actorIds = used((e) => e.actors);
  const issueIds = used((e) => e.issues);
  const treatyIds = used((e) => [...(e.treaties ?? []), ...(e.treatyActions ?? []).map((a) => a.treaty)]);
  const years = [...new Set(events.flatMap((e) => [e.earliest, e.latest]).filter(Boolean).map((d) => d!.slice(0, 4)))].sort();
  const yearOptions = (label: string) => html`<option value="">${label}</option>${years.map((y) => html`<option>${y}</option>`)}`;
  return html`<h1>Timeline</h1>
<p>Every event in the record, in date order. Dates are shown at the precision the sources give (a month, a season, a span of days); open “Sources” under an event for the excerpts that support it.</p>
<form class="filters" id="filters" action="" method="get" aria-label="Filter events">
  <p><label for="f-actor">Actor</label><select id="f-actor" name="actor">${options(data.actors.filter((a) => actorIds.has(a.id)).sort(byName), 'Any actor')}</select></p>
  <p><label for="f-issue">Issue</label><select id="f-issue" name="issue">${options(data.issues.filter((i) => issueIds.has(i.id)).sort(byName), 'Any issue')}</select></p>
  <p><label for="f-treaty">Treaty</label><select id="f-treaty" name="treaty">${options(data.treaties.filter((t) => treatyIds.has(t.id)).sort(byName), 'Any treaty')}</select></p>
  <p><label for="f-from">From</label><select id="f-from" name="from">${yearOptions('Earliest')}</select></p>
  <p><label for="f-to">To</label><select id="f-to" name="to">${yearOptions('Latest')}</select></p>
  <p class="actions"><button type="submit">Apply</button> <a href="./" id="f-reset">Clear filters</a></p>
</form>
<p id="count" class="count" role="status">${events.length} events</p>
<ol class="events" id="events">
${events.map((e) => eventArticle(ctx, e, 2))}
</ol>
<p id="none" class="none" hidden>No event matches these filters.</p>`;
}
