/**
 * Properties rendered into the page at build time, for components near the top of a page: they render from
 * the page's own JSON data block instead of fetching the data package's id tables and records, so a first
 * visit loads only the components' code. A `<script type="application/json">` is data, not script: the
 * strict CSP allows it and nothing in it runs.
 */
import { PROPS_BLOCK_ID } from '../client/inline-props.js';
import { html, raw, type Markup } from './html.js';

export class InlineProps {
  readonly #values = new Map<string, Record<string, unknown>>();

  /** Registers an element's properties; returns the key for its `data-props` attribute. */
  add(key: string, props: Record<string, unknown>): string {
    this.#values.set(key, props);
    return key;
  }

  /** The data block, or nothing when no element registered properties. */
  block(): Markup {
    if (!this.#values.size) return html``;
    // `<` escaped so no text in the data can close the script element.
    const json = JSON.stringify(Object.fromEntries(this.#values)).replace(/</g, '\\u003c');
    return html`<script type="application/json" id="${PROPS_BLOCK_ID}">${raw(json)}</script>`;
  }
}
