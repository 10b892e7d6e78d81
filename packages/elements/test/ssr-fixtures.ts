/**
 * The SSR harness: one entry per component state to server-render and hydrate. Used by
 * `src/ssr.node.test.ts` (vitest: renders each to declarative shadow DOM in Node) and
 * `src/ssr.test.ts` (browser: puts the server HTML in the page, hydrates, checks for errors).
 *
 * To add a component, add one line to `ssrFixtures`. Use property/attribute input that renders
 * synchronously (SSR does not wait for lazy loads); data may come from `@arms-control/data`.
 */
import { html, type TemplateResult } from 'lit';
import { byId } from '@arms-control/data';

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

export const ssrFixtures: readonly SsrFixture[] = [
  { name: 'quote-card (data property)', tag: 'ac-quote-card', template: () => html`<ac-quote-card .data=${{ quote }}></ac-quote-card>`, define: () => import('../src/quote-card/quote-card.js'), expectText: 'Russia will, of course, link' },
  { name: 'quote-card (compact, dark)', tag: 'ac-quote-card', template: () => html`<ac-quote-card variant="compact" theme="dark" .data=${{ quote }}></ac-quote-card>`, define: () => import('../src/quote-card/quote-card.js'), expectText: 'Vladimir Putin' },
];
