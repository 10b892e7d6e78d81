import { html, isServer, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { themeStyles } from './theme.styles.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Detail of the `ac-error` event every element dispatches when it enters its error state. */
export interface AcErrorDetail {
  readonly message: string;
}

/**
 * Base class of every `ac-*` element: theme attribute, locale lookup and the error state.
 *
 * Error pattern: call `this.fail(message)` for any bad input (never throw); `render()` then checks
 * `this.errorMessage` and returns `this.renderErrorState()` — the visible error (`part="error"`)
 * plus a default `<slot>`, so the page's own fallback markup stays visible.
 */
export abstract class AcElement extends LitElement {
  static override styles = [themeStyles];

  // Reactive properties are declared statically rather than with decorators: decorated accessors
  // are lowered to sizeable helper code for es2022, and every element has a size budget.
  static override properties: PropertyDeclarations = { theme: { reflect: true }, _error: { attribute: false } };

  /**
   * Colour scheme: `auto` follows `prefers-color-scheme`; `light` or `dark` force one. Unset means
   * `auto` (the default is not written back as an attribute, so the page's markup is left as it is).
   */
  declare theme: Theme | undefined;

  declare private _error: string | null;

  constructor() {
    super();
    this._error = null;
  }

  /** The current error message, or null when the element is not in its error state. */
  protected get errorMessage(): string | null {
    return this._error;
  }

  /**
   * Enters the error state: stores the message, requests an update and dispatches a bubbling,
   * composed `ac-error` event with `{ message }`. Never throws. Repeating the current message
   * does not dispatch again.
   */
  protected fail(message: string): void {
    if (this._error === message) return;
    this._error = message;
    if (!isServer) this.dispatchEvent(new CustomEvent<AcErrorDetail>('ac-error', { detail: { message }, bubbles: true, composed: true }));
  }

  /** Leaves the error state. */
  protected clearError(): void {
    this._error = null;
  }

  /** The visible error box (`part="error"`, role="alert"). */
  protected renderError(): TemplateResult {
    return html`<p class="error" part="error" role="alert">${this._error ?? ''}</p>`;
  }

  /**
   * The default slot showing the page's fallback markup, in the element's colours (so a dark
   * theme never leaves light-on-light text). Render it while loading and in the error state.
   */
  protected renderFallback(): TemplateResult {
    return html`<slot class="fallback" part="fallback"></slot>`;
  }

  /** The error box followed by the fallback slot, so the light-DOM fallback stays visible. */
  protected renderErrorState(): TemplateResult {
    return html`${this.renderError()}${this.renderFallback()}`;
  }

  /**
   * The language for Intl: the nearest `lang` attribute (this element or an ancestor), else the
   * document's, else 'en'. Invalid tags fall back to 'en'.
   */
  protected get locale(): string {
    if (isServer) return 'en';
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }
}
