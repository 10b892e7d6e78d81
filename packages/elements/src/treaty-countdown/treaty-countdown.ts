import { html, isServer, nothing, type PropertyValues } from 'lit';
import { treatyMilestonesOf, treatyStatusOf, type TreatyMilestone, type TreatyStatusName } from '@arms-control/data/query';
import { AcElement } from '../shared/ac-element.js';
import { clock, UNIT_MS, type ClockUnit } from '../shared/clock.js';
import { cssProps } from '../shared/css-props.js';
import { containsMarkup, describe, listProblem, loadById, loadMany, recordProblem, type Event, type Treaty } from '../shared/data.js';
import { dateLocale, formatEdtf, formatRelativeDays } from '../shared/format.js';
import { fill, mergeStrings, treatyCountdownStrings, type Strings } from '../shared/strings.js';
import { countdownStyles } from './treaty-countdown.styles.js';

export type TreatyCountdownStrings = Strings<typeof treatyCountdownStrings>;

const DAY = UNIT_MS.day;
const UNITS: readonly ClockUnit[] = ['day', 'hour', 'minute', 'second'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Detail of the `ac-expire` event. */
export interface AcExpireDetail {
  /** The deadline that passed (ISO 8601). */
  readonly deadline: string;
}

interface Model {
  name: string;
  /** Epoch ms of the deadline, or null for a treaty without expiry. */
  deadline: number | null;
  /** The deadline as given: an ISO day or date-time. */
  iso: string;
  treaty?: {
    status: TreatyStatusName;
    since: string | null;
    start: string | null;
    milestones: TreatyMilestone[];
    parties: Map<string, string>;
  };
}

/** The epoch ms of an ISO day (00:00 UTC) or date-time, or NaN. */
function parseDeadline(value: string): number {
  if (ISO_DAY.test(value)) {
    const t = Date.parse(`${value}T00:00:00Z`);
    return new Date(t).toISOString().startsWith(value) ? t : NaN;
  }
  return ISO_TIME.test(value) ? Date.parse(value) : NaN;
}

const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Like `fill`, but values may be templates: returns the pieces for Lit to render as text and elements. */
const fillT = (template: string, values: Record<string, unknown>) => template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] ?? '' : part));

/** "74" and "days" for 74 days in the locale, through Intl.NumberFormat's unit style. */
function unitParts(n: number, unit: ClockUnit, locale: string): [string, string] {
  let num = '';
  let label = '';
  for (const p of new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(n)) {
    if (p.type === 'unit') label += p.value;
    else if (p.type !== 'literal') num += p.value;
  }
  return [num, label];
}

/**
 * `<ac-treaty-countdown>`: live time left until a treaty's expiry (or any deadline), then the time
 * elapsed since; the treaty's status today, its lifetime as a bar and its history.
 *
 * @fires ac-expire - Once, when the deadline passes while the element is on the page. `detail: { deadline }`.
 * @fires ac-error - When the input is bad; the element shows `part="error"` and keeps its fallback.
 * @slot - Fallback shown until the element has data and in the error state (e.g. a sentence with `<time>`).
 * @csspart base - The wrapper.
 * @csspart label - The treaty name or label.
 * @csspart status - The status badge.
 * @csspart time - The running time (digits or "expired … ago").
 * @csspart unit - One unit box of the running time.
 * @csspart caption - The line under the time.
 * @csspart bar - The lifetime bar; `bar-fill` its filled part, `bar-today` today's mark.
 * @csspart history - The list of milestones.
 * @csspart error - The error message.
 * @cssprop --ac-countdown-size - Font size of the running digits (default `clamp(1.5rem, 4vw + 0.75rem, 2rem)`).
 */
export class TreatyCountdown extends AcElement {
  static override styles = [...AcElement.styles, countdownStyles];

  static override properties = {
    treaty: { reflect: true },
    date: { reflect: true },
    label: { reflect: true },
    precision: { reflect: true },
    data: { attribute: false },
    strings: { attribute: false },
    model: { attribute: false },
    now: { attribute: false },
  };

  /** Treaty id in @arms-control/data (e.g. `new-start`). */
  declare treaty: string | null;
  /** Any deadline instead of a treaty: an ISO day (`2026-02-05`, 00:00 UTC) or date-time with zone. */
  declare date: string | null;
  /** What the `date` deadline is. */
  declare label: string | null;
  /** The finest unit the running time shows: `second` (default), `minute`, `hour` or `day`. */
  declare precision: string;
  /** A treaty the page brings itself, with the events that act on it (`treatyActions`); takes precedence over `treaty`. */
  declare data: { treaty: Treaty; events?: readonly Event[] } | undefined;
  /** Overrides of the English strings (partial). */
  declare strings: Partial<TreatyCountdownStrings> | undefined;

  declare private model: Model | null;
  declare private now: number;

  constructor() {
    super();
    this.treaty = this.date = this.label = this.model = null;
    this.precision = 'second';
    this.now = 0;
  }

  #unsubscribe: (() => void) | null = null;
  #sub = '';
  #armed = false;
  #run = 0;

  get #s(): TreatyCountdownStrings {
    return mergeStrings(treatyCountdownStrings, this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#sub = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('treaty') || changed.has('date') || changed.has('label') || changed.has('precision')) this.#configure();
  }

  protected override updated(): void {
    this.#subscribe();
  }

  #configure(): void {
    const s = this.#s;
    const run = ++this.#run;
    this.clearError();
    this.model = null;
    this.now = clock.now();
    const fail = (message: string) => this.fail(message);
    if (!UNITS.includes(this.precision as ClockUnit)) return fail(fill(s.badPrecision, { value: String(this.precision) }));
    if (this.data !== undefined) {
      const d = this.data as { treaty?: unknown; events?: unknown } | null;
      const problem =
        !d || typeof d !== 'object'
          ? fill(s.wrongType, { property: 'data', expected: 'an object { treaty, events }', actual: describe(d) })
          : (recordProblem('treaties', d.treaty, 'data.treaty') ?? listProblem('events', d.events, 'data.events', s));
      if (problem) return fail(problem);
      if (!isServer) this.#compute(run, d!.treaty as Treaty, (d!.events ?? []) as Event[]).catch((err) => run === this.#run && fail(String(err)));
      return;
    }
    if (this.treaty != null) {
      if (!isServer) void this.#loadTreaty(this.treaty, run);
      return;
    }
    if (this.date == null) return fail(s.noTarget);
    const iso = String(this.date).trim();
    if (!iso) return fail(fill(s.emptyAttribute, { attribute: 'date' }));
    const deadline = parseDeadline(iso);
    if (Number.isNaN(deadline)) return fail(fill(s.badDate, { value: iso, reason: 'expected an ISO day (2026-02-05) or date-time (2026-02-05T12:00Z)' }));
    const name = typeof this.label === 'string' ? this.label.trim() : '';
    if (!name) return fail(fill(s.emptyAttribute, { attribute: 'label' }));
    if (containsMarkup(name)) return fail(fill(s.markup, { field: 'label', expected: 'countdown' }));
    this.#set({ name, deadline, iso });
  }

  async #loadTreaty(id: string, run: number): Promise<void> {
    const result = await loadById('treaties', id, 'treaty', this.#s);
    if (run !== this.#run) return;
    if (!result.ok) return this.fail(result.message);
    try {
      const { events } = await import('@arms-control/data/events');
      await this.#compute(run, result.record, events);
    } catch (err) {
      if (run === this.#run) this.fail(fill(this.#s.loadFailed, { collection: 'treaty', value: id, reason: err instanceof Error ? err.message : String(err) }));
    }
  }

  /** Status, milestones and party names of a treaty from its record and the events that act on it. */
  async #compute(run: number, t: Treaty, events: readonly Event[]): Promise<void> {
    const st = treatyStatusOf(t, events, utcDay(clock.now()));
    const milestones = treatyMilestonesOf(t, events);
    const ids = [...new Set(milestones.flatMap((m) => (m.party ? [m.party] : [])))];
    const parties = new Map((await loadMany('actors', ids)).map((a) => [a.id, a.name]));
    if (run !== this.#run) return;
    const start = milestones.find((m) => m.action === 'entered-into-force')?.date ?? null;
    // A terminated treaty counts from its end (the ABM Treaty ended on 2002-06-13), not from an expiry that never came.
    const iso = (st.status == 'terminated' && st.since) || st.expires || '';
    this.#set({
      name: t.name,
      deadline: iso ? parseDeadline(iso) : null,
      iso,
      treaty: { status: st.status, since: st.since, start, milestones, parties },
    });
  }

  #set(model: Model): void {
    this.now = clock.now();
    this.#armed = model.deadline !== null && this.now < model.deadline;
    this.model = model;
  }

  /** The unit the element currently shows: the precision before the deadline, the coarsest sensible one after. */
  #unit(): ClockUnit {
    const m = this.model!;
    const precision = this.precision as ClockUnit;
    if (m.deadline === null) return 'day';
    const past = this.now - m.deadline;
    if (past < 0) return precision;
    return UNITS.find((u) => past >= UNIT_MS[u] || u === precision) ?? precision;
  }

  /** (Re)subscribes to the shared clock with the unit shown, anchored at the deadline. */
  #subscribe(): void {
    if (isServer || !this.isConnected) return;
    const m = this.model;
    const key = m && !this.errorMessage ? `${this.#unit()}|${m.deadline ?? 0}` : '';
    if (key === this.#sub) return;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#sub = key;
    if (key) this.#unsubscribe = clock.subscribe(this.#unit(), (now) => this.#tick(now), m!.deadline ?? 0);
  }

  #tick(now: number): void {
    this.now = now;
    const deadline = this.model?.deadline;
    if (this.#armed && deadline != null && now >= deadline) {
      this.#armed = false;
      this.dispatchEvent(new CustomEvent<AcExpireDetail>('ac-expire', { detail: { deadline: new Date(deadline).toISOString() }, bubbles: true, composed: true }));
    }
  }

  #date(iso: string): string {
    if (ISO_DAY.test(iso)) return formatEdtf(iso, this.locale);
    return new Intl.DateTimeFormat(dateLocale(this.locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  }

  #time(iso: string) {
    return html`<time datetime=${iso}>${this.#date(iso)}</time>`;
  }

  protected override render() {
    if (this.errorMessage) return this.renderErrorState();
    const m = this.model;
    if (!m) return this.renderFallback();
    const s = this.#s;
    const locale = this.locale;
    const { deadline, treaty } = m;
    const now = this.now;
    const status = treaty && (deadline !== null && now >= deadline && ['in-force', 'extended', 'suspended'].includes(treaty.status) ? 'expired' : treaty.status);
    const since = treaty && (status === 'expired' && deadline !== null ? m.iso : treaty.since);
    let time, caption, sentence;
    if (deadline === null) {
      time = html`<span class="big">${s.noExpiry}</span>`;
      sentence = fill(s.sentenceNoExpiry, { name: m.name, status: s[status!] });
    } else {
      const date = this.#date(m.iso);
      const days = Math.floor(deadline / DAY) - Math.floor(now / DAY);
      const rel = formatRelativeDays(days, locale);
      const kind = treaty ? '' : 'Date';
      if (now < deadline) {
        const shown = UNITS.slice(0, UNITS.indexOf(this.precision as ClockUnit) + 1);
        // Round up to the finest unit shown: the display flips exactly at each boundary, and never reads 0 before the deadline.
        const step = UNIT_MS[shown.at(-1)!];
        let rest = Math.ceil((deadline - now) / step) * step;
        time = shown.map((u) => {
          const n = Math.floor(rest / UNIT_MS[u]);
          rest -= n * UNIT_MS[u];
          const [num, label] = unitParts(n, u, locale);
          return html`<span part="unit" class="unit"><b>${num}</b> <small>${label}</small></span>`;
        });
        caption = fillT(treaty ? s.untilExpiry : s.until, { date: this.#time(m.iso) });
        sentence = fill(s[`sentence${kind}Before`], { name: m.name, date, in: rel });
      } else {
        const unit = this.#unit();
        const n = Math.floor((now - deadline) / UNIT_MS[unit]);
        const ago = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-n, unit);
        time = html`<span class="big">${fill(s[`ago${treaty?.status == 'terminated' ? 'Ended' : kind}`], { ago })}</span>`;
        sentence = fill(s[`sentence${kind}After`], { name: m.name, date, ago: rel });
      }
    }
    return html`<div part="base" class="base">
      <div class="head">
        <span part="label" class="label">${m.name}</span>
        ${status ? html`<span part="status" class="status ${status}">${since ? fillT(s.since, { status: s[status], date: this.#time(since) }) : s[status]}</span>` : nothing}
      </div>
      <p part="time" class="time" aria-hidden="true">${time}</p>
      ${caption ? html`<p part="caption" class="caption" aria-hidden="true">${caption}</p>` : nothing}
      <p class="visually-hidden">${sentence}</p>
      ${treaty ? this.#renderLifetime(m, now) : nothing}
    </div>`;
  }

  #renderLifetime(m: Model, now: number) {
    const s = this.#s;
    const { start, milestones, parties } = m.treaty!;
    const bar = start && m.deadline !== null ? this.#bar(Date.parse(`${start}T00:00:00Z`), m.deadline, now, start, m.iso) : nothing;
    const items = milestones.map((ms) => {
      const by = ms.party ? fill(s.by, { party: parties.get(ms.party) ?? ms.party }) : '';
      const what = ms.action === 'extended' && ms.expires ? fill(s.extendedUntil, { date: this.#date(ms.expires) }) : ((s as Record<string, string>)[ms.action === 'signed' ? 'signedAction' : ms.action] ?? ms.action);
      return html`<li>${this.#time(ms.date)}: ${what}${by}</li>`;
    });
    return html`${bar}${items.length ? html`<details part="history" class="history"><summary>${s.history}</summary><ol>${items}</ol></details>` : nothing}`;
  }

  #bar(start: number, end: number, now: number, startIso: string, endIso: string) {
    const scale = Math.max(end, now) - start;
    if (!(scale > 0)) return nothing;
    const pct = (t: number) => `${Math.min(100, Math.max(0, ((t - start) / scale) * 100)).toFixed(2)}%`;
    return html`<div class="lifetime">
      <div part="bar" class="bar" aria-hidden="true">
        <span part="bar-fill" class="fill" ${cssProps({ 'inline-size': pct(end) })}></span>
        <span part="bar-today" class="today" ${cssProps({ 'inset-inline-start': pct(now) })} title=${this.#s.today}></span>
      </div>
      <p class="ends"><span>${this.#s.lifetime}: ${this.#time(startIso)} – ${this.#time(endIso)}</span></p>
    </div>`;
  }
}

if (!customElements.get('ac-treaty-countdown')) customElements.define('ac-treaty-countdown', TreatyCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'ac-treaty-countdown': TreatyCountdown;
  }
  interface HTMLElementEventMap {
    'ac-expire': CustomEvent<AcExpireDetail>;
  }
}
