import { html, isServer, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
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

  /** Colour scheme: `auto` (default) follows `prefers-color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) accessor theme: Theme = 'auto';

  @state() private accessor _error: string | null = null;

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
    if (isServer) return;
    try {
      this.dispatchEvent(new CustomEvent<AcErrorDetail>('ac-error', { detail: { message }, bubbles: true, composed: true }));
    } catch {
      // A listener that throws must not break the element.
    }
  }

  /** Leaves the error state. */
  protected clearError(): void {
    this._error = null;
  }

  /** The visible error box (`part="error"`, role="alert"). */
  protected renderError(): TemplateResult {
    return html`<p class="error" part="error" role="alert">${this._error ?? ''}</p>`;
  }

  /** The error box followed by a default slot, so the light-DOM fallback stays visible. */
  protected renderErrorState(): TemplateResult {
    return html`${this.renderError()}<slot></slot>`;
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
