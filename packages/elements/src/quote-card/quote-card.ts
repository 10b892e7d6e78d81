import { html, nothing, type PropertyValues } from 'lit';
import { AcElement } from '../shared/ac-element.js';
import { isValidId, listProblem, loadById, loadMany, recordProblem, type Actor, type Quote, type Source } from '../shared/data.js';
import { edtfDatetime, tryFormatEdtf } from '../shared/format.js';
import { fill, mergeStrings, quoteCardStrings, type QuoteCardStrings } from '../shared/strings.js';
import { quoteCardStyles } from './quote-card.styles.js';

/** What a page gives the `data` property: a Quote record, optionally with its speaker and sources. */
export interface QuoteCardData {
  /** The quote record (same shape as the data package's `Quote`; `evidence` is optional). */
  readonly quote: Quote;
  /** The speaker's actor record; when absent, `quote.speaker` is looked up by id in the data package. */
  readonly speaker?: Actor;
  /** The sources to cite; when absent, the sources of `quote.evidence` are looked up by id in the data package. */
  readonly sources?: readonly Source[];
}

export type { QuoteCardStrings };
export type QuoteCardVariant = 'full' | 'compact';

interface View {
  readonly quote: Quote;
  readonly date: string;
  readonly speaker: string;
  readonly sources: readonly Source[];
}

const VARIANTS: readonly string[] = ['full', 'compact'];

/**
 * A sourced quotation: the words verbatim, the speaker with their role at the time, the date at
 * the precision known, the occasion and the source link(s), as a `<figure>` with schema.org
 * Quotation microdata.
 *
 * The element's children are its fallback (e.g. the page's own `<blockquote>`): shown before the
 * element upgrades, while the quote loads and whenever the element is in its error state.
 *
 * @summary A sourced, accessible quotation card.
 * @slot - Fallback content shown until the card renders and while it is in its error state.
 * @fires ac-error - `CustomEvent<{ message: string }>` when input is bad (unknown id, wrong property type, unreadable date…).
 * @csspart card - The `<figure>`.
 * @csspart quote - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role at the time.
 * @csspart date - The `<time>` of the quote.
 * @csspart occasion - Where or on what occasion it was said.
 * @csspart sources - The list of sources.
 * @csspart source - One source link.
 * @csspart error - The error message.
 * @cssprop --ac-quote-font - Font of the quotation (default: `--ac-font`).
 * @cssprop --ac-quote-size - Font size of the quotation (default: 1.25rem; compact 80% of it).
 * @cssprop --ac-font - Font family.
 * @cssprop --ac-fg - Text colour.
 * @cssprop --ac-bg - Card background.
 * @cssprop --ac-muted - Secondary text colour (role, date, sources).
 * @cssprop --ac-accent - Quote bar and link colour.
 * @cssprop --ac-border - Card border colour.
 * @cssprop --ac-radius - Corner radius.
 * @cssprop --ac-space - Base spacing.
 * @cssprop --ac-focus - Focus ring colour.
 * @cssprop --ac-error-fg - Error text colour.
 * @cssprop --ac-error-bg - Error background.
 */
export class AcQuoteCard extends AcElement {
  static override styles = [...AcElement.styles, quoteCardStyles];

  static override properties = {
    quote: {},
    data: { attribute: false },
    variant: { reflect: true },
    strings: { attribute: false },
    _view: { attribute: false },
  };

  /** Id of a quote in `@arms-control/data`, loaded lazily. Ignored while `data` is set. */
  declare quote: string | null;

  /** A quote the page brings: `{ quote, speaker?, sources? }` or a bare Quote record. Takes precedence over `quote`. */
  declare data: QuoteCardData | Quote | null | undefined;

  /** `full` (the default when unset) or `compact` (one caption line, first source only). */
  declare variant: QuoteCardVariant | undefined;

  /** Overrides for the English strings (partial). */
  declare strings: Partial<QuoteCardStrings>;

  declare private _view: View | null;

  constructor() {
    super();
    this.quote = this._view = null;
    this.strings = {};
  }

  #dataError: string | null = null;
  #token = 0;

  get #strings(): QuoteCardStrings {
    return mergeStrings<QuoteCardStrings>(quoteCardStrings, this.strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quote') || changed.has('data')) this.#resolve();
    else if (changed.has('variant')) this.#report();
  }

  /** Shows the variant error first, then the data error; clears the error state when there is none. */
  #report(): void {
    const variantError = VARIANTS.includes(this.variant ?? 'full')
      ? null
      : fill(this.#strings.wrongType, { property: 'variant', expected: '"full" or "compact"', actual: `"${this.variant}"` });
    const message = variantError ?? this.#dataError;
    if (message) this.fail(message);
    else this.clearError();
  }

  #settle(token: number, view: View | null, error: string | null): void {
    if (token !== this.#token) return;
    this._view = view;
    this.#dataError = error;
    this.#report();
  }

  #resolve(): void {
    const token = ++this.#token;
    const s = this.#strings;
    const data = this.data;
    if (data !== undefined && data !== null) {
      const wrapped = data && typeof data === 'object' && !Array.isArray(data) && 'quote' in data ? data : { quote: data };
      const problem = this.#problem(wrapped as QuoteCardData);
      if (problem) return this.#settle(token, null, problem);
      void this.#complete(token, wrapped as QuoteCardData);
      return;
    }
    if (this.quote === null) return this.#settle(token, null, null);
    this._view = null;
    void loadById('quotes', this.quote, 'quote', s).then((r) =>
      r.ok ? this.#complete(token, { quote: r.record }) : this.#settle(token, null, r.message),
    );
  }

  /** Why a page-supplied value cannot be shown, or null. */
  #problem(d: QuoteCardData): string | null {
    const s = this.#strings;
    return (
      recordProblem('quotes', d.quote, 'data') ??
      (d.speaker === undefined ? null : recordProblem('actors', d.speaker, 'data.speaker')) ??
      listProblem('sources', d.sources, 'data.sources', s)
    );
  }

  /**
   * Builds the view: formats the date (error if unreadable) and resolves the speaker and sources —
   * synchronously when the page supplied them (so server rendering shows the card), else by id.
   */
  #complete(token: number, d: QuoteCardData): void | Promise<void> {
    const s = this.#strings;
    const q = d.quote;
    const date = tryFormatEdtf(q.date, this.locale, s);
    if (date === null) return this.#settle(token, null, fill(s.badDate, { value: q.date, reason: 'not an EDTF date' }));
    const ids = [...new Set((Array.isArray(q.evidence) ? q.evidence : []).map((e) => e?.source).filter(isValidId))];
    const build = (speaker: Actor | undefined, sources: readonly Source[]) =>
      this.#settle(token, { quote: q, date, speaker: speaker?.name ?? q.speaker, sources }, null);
    if (d.speaker && d.sources) return build(d.speaker, d.sources);
    return Promise.all([
      d.speaker ?? (isValidId(q.speaker) ? loadById('actors', q.speaker).then((r) => (r.ok ? r.record : undefined)) : undefined),
      d.sources ?? loadMany('sources', ids),
    ]).then(([speaker, sources]) => build(speaker, sources));
  }

  override render() {
    if (this.errorMessage) return this.renderErrorState();
    const v = this._view;
    if (!v) return this.renderFallback();
    const s = this.#strings;
    const { quote: q } = v;
    const compact = this.variant === 'compact';
    const sources = compact ? v.sources.slice(0, 1) : v.sources;
    const datetime = edtfDatetime(q.date);
    return html`<figure part="card" itemscope itemtype="https://schema.org/Quotation">
      <blockquote part="quote" cite=${v.sources[0]?.url ?? nothing}>
        <p itemprop="text">${q.text}</p>
      </blockquote>
      <figcaption part="caption">
        ${compact ? '— ' : nothing}<span class="speaker" part="speaker" itemprop="spokenByCharacter author" itemscope itemtype="https://schema.org/Person"
          ><span itemprop="name">${v.speaker}</span></span
        >${compact ? nothing : html`, <span class="role" part="role" itemprop="jobTitle">${q.speakerRole}</span>`}${compact ? ', ' : ' '}<span class="meta"><time part="date" itemprop="dateCreated" datetime=${datetime || nothing}>${v.date}</time
          >${compact || !q.occasion ? nothing : html` · <span part="occasion">${q.occasion}</span>`}${q.translated
            ? html` <span class="translated">(${s.translated})</span>`
            : nothing}</span
        >
        ${sources.length
          ? html`${compact ? ' · ' : nothing}<ul class="sources" part="sources" aria-label=${sources.length > 1 ? s.sources : s.source}>
              ${sources.map(
                (src) =>
                  html`<li itemprop="citation" itemscope itemtype="https://schema.org/CreativeWork">
                    <a part="source" href=${src.url} itemprop="url" rel="noopener noreferrer"
                      >${compact ? src.publisher : html`<cite itemprop="name">${src.title}</cite>`}</a
                    >${compact
                      ? nothing
                      : html` — <span itemprop="publisher">${src.publisher}</span>${src.published
                            ? html`, <span>${tryFormatEdtf(src.published, this.locale, s) ?? src.published}</span>`
                            : nothing}`}
                  </li>`,
              )}
            </ul>`
          : nothing}
      </figcaption>
    </figure>`;
  }
}

if (!customElements.get('ac-quote-card')) customElements.define('ac-quote-card', AcQuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'ac-quote-card': AcQuoteCard;
  }
}
