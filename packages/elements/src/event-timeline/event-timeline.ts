import { html, isServer, nothing, type PropertyValues } from 'lit';
import { edtfBounds, tryParseEdtf } from '@arms-control/data/edtf';
import { filterTimeline, type TimelineFilter } from '@arms-control/data/query';
import { AcElement } from '../shared/ac-element.js';
import { cssProps } from '../shared/css-props.js';
import { describe, filterProblem, isHttpUrl, listProblem, loadIds, type Event, type Source } from '../shared/data.js';
import { edtfDatetime, formatEdtf } from '../shared/format.js';
import { eventTimelineStrings, fill, mergeStrings, type Strings } from '../shared/strings.js';
import { timelineStyles } from './event-timeline.styles.js';

export type EventTimelineStrings = Strings<typeof eventTimelineStrings>;

const FILTERS = ['actor', 'issue', 'treaty'] as const;
const COLLECTION = { actor: 'actors', issue: 'issues', treaty: 'treaties' } as const;
/** Rows rendered beyond each edge of the visible part of a windowed list. */
const OVERSCAN = 6;

/**
 * `<ac-event-timeline>`: events in date order, each with its date at the precision known and
 * links to its sources. Long lists (more than `window-threshold` events) render only the rows
 * on screen plus a few either side.
 *
 * @fires ac-error - When the input is bad; the element shows `part="error"` and keeps its fallback.
 * @slot - Fallback shown until the element has data and in the error state (e.g. an `<ol>` of events).
 * @csspart list - The `<ol>`.
 * @csspart event - One `<li>`.
 * @csspart date - The event's `<time>`.
 * @csspart title - The event's title.
 * @csspart description - The event's description.
 * @csspart sources - The line of source links.
 * @csspart count - The number of events (windowed lists only).
 * @csspart empty - The message when no event matches.
 * @csspart error - The error message.
 * @cssprop --ac-timeline-line - Colour of the vertical line (default `--ac-border`).
 */
export class EventTimeline extends AcElement {
  static override styles = [...AcElement.styles, timelineStyles];

  static override properties = {
    actor: { reflect: true },
    issue: { reflect: true },
    treaty: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    events: { attribute: false },
    sources: { attribute: false },
    windowThreshold: { type: Number, attribute: 'window-threshold' },
    strings: { attribute: false },
    list: { attribute: false },
    sourceMap: { attribute: false },
    range: { attribute: false },
  };

  /** Only events an actor took part in (actor id). */
  declare actor: string | null;
  /** Only events concerning an issue (issue id). */
  declare issue: string | null;
  /** Only events concerning or acting on a treaty (treaty id). */
  declare treaty: string | null;
  /** Only events that end on or after this date (ISO day or EDTF). */
  declare from: string | null;
  /** Only events that start on or before this date (ISO day or EDTF). */
  declare to: string | null;
  /** Events the page brings itself (instead of the whole dataset); the filters apply to them too. */
  declare events: readonly Event[] | undefined;
  /** Sources the page brings for its events' evidence; ids not found here are looked up in the dataset. */
  declare sources: readonly Source[] | undefined;
  /** Above this many events only the rows on screen are rendered. */
  declare windowThreshold: number;
  /** Overrides of the English strings (partial). */
  declare strings: Partial<EventTimelineStrings> | undefined;

  declare private list: readonly Event[] | null;
  declare private sourceMap: Map<string, Source>;
  declare private range: [number, number];

  constructor() {
    super();
    this.actor = this.issue = this.treaty = this.from = this.to = this.list = null;
    this.windowThreshold = 100;
    this.sourceMap = new Map();
    this.range = [0, 0];
  }

  #run = 0;
  #rowHeight = 120;
  #frame = 0;

  get #s(): EventTimelineStrings {
    return mergeStrings(eventTimelineStrings, this.strings);
  }

  get #windowed(): boolean {
    return (this.list?.length ?? 0) > this.windowThreshold;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
    addEventListener('resize', this.#onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('scroll', this.#onScroll, { capture: true });
    removeEventListener('resize', this.#onScroll);
    cancelAnimationFrame(this.#frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['actor', 'issue', 'treaty', 'from', 'to', 'events', 'sources'].some((k) => changed.has(k as keyof EventTimeline))) this.#configure();
  }

  protected override updated(): void {
    if (!this.#windowed) return;
    // Learn the real row height from the rows on screen, then fit the window to the viewport.
    const rows = this.renderRoot.querySelectorAll('li');
    if (rows.length) {
      let sum = 0;
      rows.forEach((r) => (sum += r.getBoundingClientRect().height));
      const h = Math.max(16, sum / rows.length);
      if (Math.abs(h - this.#rowHeight) > 1) this.#rowHeight = h;
    }
    this.#onScroll();
  }

  #onScroll = (): void => {
    if (!this.#windowed || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  /** Sets the window to the rows that overlap the viewport (and the element's own box when it scrolls). */
  #measure(): void {
    const ol = this.renderRoot.querySelector('ol');
    const n = this.list?.length ?? 0;
    if (!ol) return;
    const box = ol.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const top = Math.max(0, host.top) - box.top;
    const bottom = Math.min(innerHeight, host.bottom) - box.top;
    const clamp = (i: number) => Math.min(n, Math.max(0, i));
    const first = clamp(Math.floor(top / this.#rowHeight));
    const last = clamp(Math.ceil(bottom / this.#rowHeight));
    const range: [number, number] = [Math.max(0, first - OVERSCAN), Math.min(n, Math.max(first, last) + OVERSCAN)];
    if (range[0] !== this.range[0] || range[1] !== this.range[1]) this.range = range;
  }

  #configure(): void {
    const s = this.#s;
    const run = ++this.#run;
    this.clearError();
    this.list = null;
    const fail = (message: string) => this.fail(message);
    const own = this.events;
    const problem =
      listProblem('events', own, 'events', s) ??
      own?.filter((e) => !tryParseEdtf(e.date)).map((e) => fill(s.badDate, { value: e.date, reason: `event "${e.id}" needs an EDTF date` }))[0] ??
      (this.sources !== undefined && !Array.isArray(this.sources)
        ? fill(s.wrongType, { property: 'sources', expected: 'an array of source records', actual: describe(this.sources) })
        : filterProblem(this, FILTERS, s));
    if (problem) return fail(problem);
    const filter: TimelineFilter = {};
    const toCheck = FILTERS.filter((key) => this[key] != null);
    for (const key of [...FILTERS, 'from', 'to'] as const) if (this[key] != null) filter[key] = this[key]!.trim();
    if (own) return this.#show(run, filter, own.map((e) => ({ ...e, ...edtfBounds(e.date) })));
    if (!isServer) {
      // Events and sources together, so links do not appear after the rows. For the shipped dataset a
      // filter id must exist (a page's own events may use ids of their own); the id table loads lazily too.
      const unknown = Promise.all(toCheck.map(async (key) => ((await loadIds(COLLECTION[key])).includes(filter[key]!) ? null : key)));
      Promise.all([import('@arms-control/data/events'), import('@arms-control/data/sources'), unknown])
        .then(([e, x, missing]) => {
          const key = missing.find(Boolean);
          if (key) return run === this.#run && fail(fill(s.unknownId, { collection: key, value: filter[key]! }));
          this.#show(run, filter, e.events, x.sources);
        })
        .catch((err) => run === this.#run && fail(fill(s.loadFailed, { collection: 'event', value: 'events', reason: String(err) })));
    }
  }

  /** Filters and orders the events (synchronously, so a page's own events render on the server too), then finds their sources. */
  #show(run: number, filter: TimelineFilter, events: readonly Event[], known: readonly Source[] = []): void {
    if (run !== this.#run) return;
    const list = filterTimeline(events, filter);
    const map = new Map([...known, ...(this.sources ?? []).filter((x) => x && typeof x === 'object')].map((x) => [x.id, x]));
    this.sourceMap = map;
    this.range = [0, Math.min(list.length, 20)];
    this.list = list;
    if (isServer || !list.some((e) => e.evidence?.some((ev) => !map.has(ev.source)))) return;
    // Sources the page did not bring come from the dataset (one lazily loaded module).
    import('@arms-control/data/sources')
      .then(({ sources }) => {
        if (run !== this.#run) return;
        const all = new Map(sources.map((x) => [x.id, x]));
        for (const [id, x] of map) all.set(id, x);
        this.sourceMap = all;
      })
      .catch(() => {});
  }

  #item(e: Event, i: number, n: number) {
    const s = this.#s;
    const ids = [...new Set((e.evidence ?? []).map((ev) => ev.source))];
    const links = ids.map((id, k) => {
      const src = this.sourceMap.get(id);
      const label = src ? `${src.publisher}: ${src.title}` : id;
      return html`${k ? ', ' : ''}${src && isHttpUrl(src.url) ? html`<a href=${src.url}>${label}</a>` : label}`;
    });
    return html`<li part="event" aria-setsize=${n} aria-posinset=${i + 1}>
      <time part="date" datetime=${e.date.split('/').map(edtfDatetime).find(Boolean) ?? e.earliest ?? ''}>${formatEdtf(e.date, this.locale)}</time>${e.scheduled ? html` <span class="tag">(${s.scheduled})</span>` : nothing}
      <p part="title" class="title">${e.title}</p>
      ${e.description ? html`<p part="description" class="description">${e.description}</p>` : nothing}
      ${ids.length ? html`<p part="sources" class="sources">${ids.length > 1 ? s.sources : s.source}: ${links}</p>` : nothing}
    </li>`;
  }

  protected override render() {
    if (this.errorMessage) return this.renderErrorState();
    const list = this.list;
    if (!list) return this.renderFallback();
    const s = this.#s;
    const n = list.length;
    if (!n) return html`<p part="empty" class="empty">${s.empty}</p>`;
    if (!this.#windowed) return html`<ol part="list">${list.map((e, i) => this.#item(e, i, n))}</ol>`;
    const [a, b] = this.range;
    const h = this.#rowHeight;
    // Row i always renders at position i of the array (rows above the window are empty parts), so
    // while the window slides each row keeps its DOM: a focused link never switches to another
    // event — what a keyed `repeat` would give, without its code. The padding stands in for the rows
    // outside the window; it is set through the CSSOM (no style attribute: strict CSP).
    return html`<p part="count" class="count">${fill(s.count, { count: n.toLocaleString(this.locale) })}</p>
      <ol part="list" ${cssProps({ 'padding-block': `${a * h}px ${(n - b) * h}px` })}>${list.slice(0, b).map((e, i) => (i < a ? nothing : this.#item(e, i, n)))}</ol>`;
  }
}

if (!customElements.get('ac-event-timeline')) customElements.define('ac-event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ac-event-timeline': EventTimeline;
  }
}
