/**
 * The SSR harness: one entry per component state to server-render and hydrate. Used by
 * `src/ssr.node.test.ts` (vitest: renders each to declarative shadow DOM in Node) and
 * `src/ssr.test.ts` (browser: puts the server HTML in the page, hydrates, checks for errors).
 *
 * To add a component, add one line to `ssrFixtures`. Use property/attribute input that renders
 * synchronously (SSR does not wait for lazy loads); data may come from `@arms-control/data`.
 */
import { html, type TemplateResult } from 'lit';
import { actors, byId, issues, linkageGraph, timeline } from '@arms-control/data';

export interface SsrFixture {
  /** Unique name, shown in test titles. */
  readonly name: string;
  /** The element's tag; the server output must contain it with a declarative shadow root. */
  readonly tag: string;
  /** The top-level template to render on the server and hydrate in the browser. */
  template(): TemplateResult;
  /** Imports the module that defines the element. */
  define(): Promise<unknown>;
  /** Text the rendered shadow root must contain (checked on the server and after hydration). */
  readonly expectText?: string;
}

const quote = byId('quotes', 'putin-2009-05-07-russia-will-link')!;
/** A quote with its speaker and sources, as a server-rendering page would pass it. */
const quoteData = { quote, speaker: byId('actors', quote.speaker)!, sources: quote.evidence.map((e) => byId('sources', e.source)!) };

/** Events and their sources, as a server-rendering page would pass them to <ac-event-timeline>. */
const abmEvents = timeline({ treaty: 'abm-treaty' });
const abmSources = [...new Set(abmEvents.flatMap((e) => e.evidence.map((x) => x.source)))].flatMap((id) => byId('sources', id) ?? []);

/** Linkages with the issues and actors they name, as a server-rendering page would pass them to <ac-linkage-diagram>. */
const startLinkages = linkageGraph({ issue: 'strategic-offensive-arms' }).edges.map((e) => e.linkage);

export const ssrFixtures: readonly SsrFixture[] = [
  { name: 'treaty-countdown (date + label)', tag: 'ac-treaty-countdown', template: () => html`<ac-treaty-countdown date="2099-01-01" label="Review conference">Review conference on <time datetime="2099-01-01">1 January 2099</time>.</ac-treaty-countdown>`, define: () => import('../src/treaty-countdown/treaty-countdown.js'), expectText: 'Review conference' },
  { name: 'treaty-countdown (by id: fallback until loaded, dark)', tag: 'ac-treaty-countdown', template: () => html`<ac-treaty-countdown theme="dark" treaty="start-i">START I expired on <time datetime="2009-12-05">5 December 2009</time>.</ac-treaty-countdown>`, define: () => import('../src/treaty-countdown/treaty-countdown.js') },
  { name: 'event-timeline (events property)', tag: 'ac-event-timeline', template: () => html`<ac-event-timeline treaty="abm-treaty" .events=${abmEvents} .sources=${abmSources}></ac-event-timeline>`, define: () => import('../src/event-timeline/event-timeline.js'), expectText: abmEvents[0]!.title },
  { name: 'event-timeline (by filter: fallback until loaded)', tag: 'ac-event-timeline', template: () => html`<ac-event-timeline actor="vladimir-putin"><ol><li>Fallback</li></ol></ac-event-timeline>`, define: () => import('../src/event-timeline/event-timeline.js') },
  { name: 'quote-card (data property)', tag: 'ac-quote-card', template: () => html`<ac-quote-card .data=${quoteData}></ac-quote-card>`, define: () => import('../src/quote-card/quote-card.js'), expectText: 'Russia will, of course, link' },
  { name: 'quote-card (by id: fallback until loaded)', tag: 'ac-quote-card', template: () => html`<ac-quote-card quote="putin-2009-05-07-umbrella"><blockquote>Fallback</blockquote></ac-quote-card>`, define: () => import('../src/quote-card/quote-card.js') },
  { name: 'quote-card (compact, dark)', tag: 'ac-quote-card', template: () => html`<ac-quote-card variant="compact" theme="dark" .data=${quoteData}><blockquote>Fallback</blockquote></ac-quote-card>`, define: () => import('../src/quote-card/quote-card.js'), expectText: 'Vladimir Putin' },
  { name: 'linkage-diagram (linkages property)', tag: 'ac-linkage-diagram', template: () => html`<ac-linkage-diagram .linkages=${startLinkages} .issues=${issues} .actors=${actors}><ol><li>Fallback</li></ol></ac-linkage-diagram>`, define: () => import('../src/linkage-diagram/linkage-diagram.js'), expectText: 'Strategic offensive' },
  { name: 'linkage-diagram (whole dataset: fallback until loaded, dark)', tag: 'ac-linkage-diagram', template: () => html`<ac-linkage-diagram theme="dark" actor="russia"><ol><li>Fallback</li></ol></ac-linkage-diagram>`, define: () => import('../src/linkage-diagram/linkage-diagram.js') },
];
