/**
 * The embed builder's model, shared by the build (the page's initial preview and snippet) and the browser
 * (src/client/embed.ts): options ⇄ URL, and the element with its fallback markup.
 */
import type * as Data from '@arms-control/data';
import { h, toHTML, type VNode } from './dom.js';
import { eventsFallback, linkagesFallback, quoteFallback, treatyFallback, type Lookup } from './fallback.js';

export const COMPONENTS = {
  'quote-card': 'Quote card',
  'treaty-countdown': 'Treaty countdown',
  'linkage-diagram': 'Linkage diagram',
  'event-timeline': 'Event timeline',
} as const;
export type Component = keyof typeof COMPONENTS;

export interface EmbedState {
  component: Component;
  quote?: string;
  variant?: string;
  treaty?: string;
  actor?: string;
  issue?: string;
  from?: string;
  to?: string;
  theme?: string;
}
export type Option = Exclude<keyof EmbedState, 'component'>;

/** The options each component takes, in form order (attribute names of the elements). */
export const OPTIONS: Record<Component, Option[]> = {
  'quote-card': ['quote', 'variant', 'theme'],
  'treaty-countdown': ['treaty', 'theme'],
  'linkage-diagram': ['actor', 'issue', 'from', 'to', 'theme'],
  'event-timeline': ['actor', 'issue', 'treaty', 'from', 'to', 'theme'],
};

export const THEMES = ['auto', 'light', 'dark'];
export const VARIANTS = ['full', 'compact'];

type DataModule = typeof Data;

const YEAR = /^\d{4}$/;

/** Reads (and validates) the builder's state from a query string; unknown values fall back to defaults. */
export function readState(params: URLSearchParams, data: DataModule): EmbedState {
  const component = (params.get('component') ?? '') in COMPONENTS ? (params.get('component') as Component) : 'quote-card';
  const get = (k: string) => params.get(k) ?? undefined;
  const known = (collection: 'quotes' | 'treaties' | 'actors' | 'issues', id?: string) => (id && data.byId(collection, id) ? id : undefined);
  const state: EmbedState = { component };
  const firstQuote = [...data.quotes].sort((a, b) => (a.earliest ?? '').localeCompare(b.earliest ?? ''))[0]?.id;
  const firstTreaty = [...data.treaties].sort((a, b) => (b.expires ?? '').localeCompare(a.expires ?? ''))[0]?.id;
  for (const option of OPTIONS[component]) {
    const v = get(option);
    if (option === 'quote') state.quote = known('quotes', v) ?? firstQuote;
    else if (option === 'treaty') state.treaty = component === 'treaty-countdown' ? (known('treaties', v) ?? firstTreaty) : known('treaties', v);
    else if (option === 'actor') state.actor = known('actors', v);
    else if (option === 'issue') state.issue = known('issues', v);
    else if (option === 'from' || option === 'to') state[option] = v && YEAR.test(v) ? v : undefined;
    else if (option === 'variant') state.variant = v && VARIANTS.includes(v) && v !== 'full' ? v : undefined;
    else if (option === 'theme') state.theme = v && THEMES.includes(v) && v !== 'auto' ? v : undefined;
  }
  return state;
}

/** The state as a query string (defaults left out). */
export function stateQuery(state: EmbedState): string {
  const params = new URLSearchParams({ component: state.component });
  for (const option of OPTIONS[state.component]) if (state[option]) params.set(option, state[option]!);
  return params.toString();
}

/** The element with its attributes and its fallback markup. */
export function embedElement(state: EmbedState, data: DataModule): VNode {
  const lookup = data.byId as unknown as Lookup;
  const attrs: Record<string, string | undefined> = {};
  for (const option of OPTIONS[state.component]) attrs[option] = state[option];
  const filter = { actor: state.actor, issue: state.issue, from: state.from, to: state.to };
  let fallback;
  switch (state.component) {
    case 'quote-card': {
      const quote = data.byId('quotes', state.quote ?? '');
      fallback = quote ? quoteFallback(quote, lookup) : null;
      break;
    }
    case 'treaty-countdown': {
      const treaty = data.byId('treaties', state.treaty ?? '');
      fallback = treaty ? treatyFallback(treaty) : null;
      break;
    }
    case 'linkage-diagram':
      fallback = linkagesFallback(data.linkageGraph(filter).edges.map((e) => e.linkage), lookup);
      break;
    case 'event-timeline':
      fallback = eventsFallback(data.timeline({ ...filter, treaty: state.treaty }), lookup);
      break;
  }
  return h(`ac-${state.component}`, attrs, fallback);
}

/** What a blogger pastes: the script tag, then the element with its fallback. */
export function embedSnippet(element: VNode, scriptUrl: string): string {
  return `<script type="module" src="${scriptUrl}"></script>\n${toHTML(element)}\n`;
}
