/**
 * Fallback markup for the components, from the records: what a page (or a pasted embed) shows before the
 * element upgrades, or forever without JavaScript. Shared by the build (static pages) and the embed builder.
 */
import { parseEdtf, type Actor, type Event, type Linkage, type Quote, type Source, type Treaty } from '@arms-control/data';
import { formatEdtf } from '@arms-control/elements/format.js';
import { h, type Child, type VNode } from './dom.js';

/** What the markup needs to look records up (the data package's `byId`, or one over data the page brings). */
export type Lookup = {
  (collection: 'actors', id: string): Actor | undefined;
  (collection: 'sources', id: string): Source | undefined;
  (collection: 'events', id: string): Event | undefined;
  (collection: 'issues', id: string): { name: string } | undefined;
};

/** A date as the records give it, at its precision ("May 2009", "24–30 March 2014"). */
export function formatDate(edtf: string | null | undefined): string {
  if (!edtf) return '';
  try {
    return formatEdtf(edtf, 'en');
  } catch {
    return edtf;
  }
}

/** `<time datetime>` for an EDTF date: the ISO day, month or year it names; no attribute for intervals and seasons. */
export function time(edtf: string | null | undefined): Child {
  if (!edtf) return null;
  let datetime: string | undefined;
  try {
    const d = parseEdtf(edtf);
    if (d.kind === 'date' && d.precision !== 'season') {
      datetime = d.precision === 'day' ? d.earliest : d.precision === 'month' ? d.earliest.slice(0, 7) : String(d.year);
    }
  } catch {
    /* unreadable: text only */
  }
  return h('time', datetime ? { datetime } : null, formatDate(edtf));
}

export function nameOf(lookup: Lookup, collection: 'actors' | 'issues', id: string): string {
  return lookup(collection as 'actors', id)?.name ?? id;
}

/** The first source of a record's evidence, as a link. */
export function sourceLink(lookup: Lookup, sourceId: string | undefined): Child {
  const source = sourceId ? lookup('sources', sourceId) : undefined;
  if (!source) return null;
  return h('a', { href: source.url }, `${source.publisher}: ${source.title}`);
}

/** `<ac-quote-card>` fallback: the words in a blockquote, who said them, when, where, and the source. */
export function quoteFallback(quote: Quote, lookup: Lookup): VNode[] {
  const source = lookup('sources', quote.evidence[0]?.source ?? '');
  return [
    h('blockquote', source ? { cite: source.url } : null, h('p', null, quote.text)),
    h('p', null, '— ', nameOf(lookup, 'actors', quote.speaker), `, ${quote.speakerRole}, `, time(quote.date), `, ${quote.occasion}.`,
      source ? [' ', h('a', { href: source.url }, `Source: ${source.publisher}`)] : null),
  ];
}

/** `<ac-treaty-countdown>` fallback: one sentence with the dates that do not change. */
export function treatyFallback(treaty: Treaty): VNode {
  const parts: Child[] = [h('strong', null, treaty.name)];
  if (treaty.signed) parts.push(', signed ', time(treaty.signed));
  if (treaty.enteredIntoForce) parts.push(', in force from ', time(treaty.enteredIntoForce));
  else parts.push(', never in force');
  if (treaty.expires) parts.push(', set to expire ', time(treaty.expires));
  else if (treaty.enteredIntoForce) parts.push(', of unlimited duration');
  parts.push('.');
  return h('p', null, ...parts);
}

export function linkageItem(l: Linkage, lookup: Lookup): VNode {
  const last = l.history.at(-1);
  return h('li', null,
    h('strong', null, nameOf(lookup, 'actors', l.linker)), ' tied ', nameOf(lookup, 'issues', l.leverage),
    ' to ', nameOf(lookup, 'issues', l.sought), ' (', l.mechanism, ', ', l.explicitness, '), ', time(l.date),
    last ? [`; ${last.status} `, time(last.date)] : null, '. ', l.summary, ' ', sourceLink(lookup, l.evidence[0]?.source));
}

/** `<ac-linkage-diagram>` fallback: the linkages as an ordered list. */
export function linkagesFallback(linkages: readonly Linkage[], lookup: Lookup): VNode {
  return h('ol', null, ...linkages.map((l) => linkageItem(l, lookup)));
}

/** `<ac-event-timeline>` fallback: the events as an ordered list with their sources. */
export function eventsFallback(events: readonly Event[], lookup: Lookup): VNode {
  return h('ol', null, ...events.map((e) => h('li', null, time(e.date), ' ', e.title, '. ', sourceLink(lookup, e.evidence[0]?.source))));
}
