import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { compareByDate } from '@arms-control/data/query';
import { AcElement } from '../shared/ac-element.js';
import { cssProps } from '../shared/css-props.js';
import { actorColour, filterPeriod, filterProblem, isHttpUrl, listProblem, loadById, type Actor, type Issue, type Linkage, type Source } from '../shared/data.js';
import { edtfDatetime, tryFormatEdtf } from '../shared/format.js';
import { fill, linkageDiagramStrings, mergeStrings, type Strings } from '../shared/strings.js';
import { layoutSized, type LayoutResult, type Point } from './layout.js';
import { linkageDiagramStyles } from './linkage-diagram.styles.js';

export type LinkageDiagramStrings = Strings<typeof linkageDiagramStrings>;

interface Edge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly linkage: Linkage;
  readonly status: string;
  /** Line style class: open, settled or ended. */
  readonly kind: string;
  readonly colour: string;
  readonly linker: string;
  readonly label: string;
  readonly name: string;
}
interface View {
  readonly nodes: { id: string; name: string; lines: string[]; count: number }[];
  readonly edges: Edge[];
  readonly legend: [string, string][];
}
interface Data {
  linkages: readonly Linkage[];
  issues: Map<string, Issue>;
  actors: Map<string, Actor>;
}

const KIND: Record<string, string> = { accepted: 'settled', codified: 'settled', implemented: 'settled', rejected: 'ended', withdrawn: 'ended', lapsed: 'ended' };
/** Rough text width in px (the same on the server and in every browser, so layouts match). */
const measure = (text: string, size: number) => {
  let w = 0;
  for (const c of text) w += /[ijlfrt.,;:!|'’ ()/-]/.test(c) ? 0.34 : /[A-Zmw]/.test(c) ? 0.75 : 0.59;
  return w * size;
};
/** Greedy word wrap to lines of at most `max` characters. */
const wrap = (text: string, max: number) =>
  text.split(/\s+/).reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
const round = (v: number) => Math.round(v * 10) / 10;
/** SVG path through the route: each segment a cubic with control points halfway along the rank axis. */
const path = (pts: Point[], vertical: boolean) =>
  pts
    .map((p, i) => {
      const q = pts[i - 1];
      if (!q) return `M${round(p.x)} ${round(p.y)}`;
      const m = round(vertical ? (q.y + p.y) / 2 : (q.x + p.x) / 2);
      return vertical ? `C${round(q.x)} ${m} ${round(p.x)} ${m} ${round(p.x)} ${round(p.y)}` : `C${m} ${round(q.y)} ${m} ${round(p.y)} ${round(p.x)} ${round(p.y)}`;
    })
    .join('');

/** A rect with lines of text centred in it. */
const box = (b: { x: number; y: number; width: number; height: number }, lines: string[], font: number) =>
  svg`<rect x=${round(b.x)} y=${round(b.y)} width=${round(b.width)} height=${round(b.height)} rx="5"></rect><text y=${round(b.y + b.height / 2 - ((lines.length - 1) * font * 1.25) / 2 + font * 0.35)}>${lines.map(
    (line, i) => svg`<tspan x=${round(b.x + b.width / 2)} dy=${i ? font * 1.25 : 0}>${i ? ' ' : ''}${line}</tspan>`,
  )}</text>`;

let dataset: Promise<Data> | undefined;
/** The linkages, issues and actors collections, loaded on first use (data chunks of their own). */
const loadDataset = () =>
  (dataset ??= Promise.all([import('@arms-control/data/linkages'), import('@arms-control/data/issues'), import('@arms-control/data/actors')]).then(
    ([l, i, a]) => ({ linkages: l.linkages, issues: new Map(i.issues.map((x) => [x.id, x])), actors: new Map(a.actors.map((x) => [x.id, x])) }),
  ));

const NODE_FONT = 13;
const LABEL_FONT = 12;
const PAD = 8;
const MARGIN = 6;

/**
 * Issues as nodes and linkages as directed, labelled edges (from the issue used as leverage to
 * the issue sought), coloured by the actor who made the linkage, line style and label showing
 * the linkage's current status. Hover, focus or Enter on an edge reveals its evidence.
 *
 * Keyboard: Tab reaches the diagram's current node; arrow keys move between nodes; Enter (or
 * Tab) moves to the node's linkages; arrow keys move between them; Enter opens the evidence;
 * Escape closes it, then returns to the node.
 *
 * @summary A layered diagram of issue linkages with their evidence.
 * @slot - Fallback content (e.g. an `<ol>` of the linkages), shown until the diagram renders and in the error state.
 * @fires ac-error - `CustomEvent<{ message: string }>` when input is bad (unknown actor or issue, unreadable date, wrong property type).
 * @csspart diagram - The `<svg>`.
 * @csspart node - An issue (an SVG group with a rect and text).
 * @csspart edge - A linkage's line.
 * @csspart label - A linkage's label (focusable).
 * @csspart legend - The legend list.
 * @csspart details - The evidence panel.
 * @csspart list - The `<details>` holding the linkages as a list.
 * @csspart error - The error message.
 * @csspart fallback - The slot showing the fallback.
 * @cssprop --ac-actor-us - Colour of linkages made by the United States.
 * @cssprop --ac-actor-ru - Colour of linkages made by Russia.
 * @cssprop --ac-actor-other - Colour of the first palette slot for other actors.
 * @cssprop --ac-fg - Text colour.
 * @cssprop --ac-bg - Background of the diagram, nodes and labels.
 * @cssprop --ac-muted - Secondary text.
 * @cssprop --ac-border - Node outlines.
 * @cssprop --ac-accent - Links.
 * @cssprop --ac-focus - Focus ring.
 * @cssprop --ac-font - Font family.
 * @cssprop --ac-radius - Corner radius.
 * @cssprop --ac-space - Base spacing.
 * @cssprop --ac-error-fg - Error text colour.
 * @cssprop --ac-error-bg - Error background.
 */
export class AcLinkageDiagram extends AcElement {
  static override styles = [...AcElement.styles, linkageDiagramStyles];

  // Reactive properties are declared here rather than with decorators: decorated accessors are
  // lowered to sizeable helper code for es2022, and this element has a size budget.
  static override properties = {
    actor: {},
    issue: {},
    from: {},
    to: {},
    linkages: { attribute: false },
    issues: { attribute: false },
    actors: { attribute: false },
    sources: { attribute: false },
    strings: { attribute: false },
    _view: { attribute: false },
    _width: { attribute: false },
    _node: { attribute: false },
    _pinned: { attribute: false },
    _hover: { attribute: false },
    _focus: { attribute: false },
    _source: { attribute: false },
  };

  /** Only linkages made by this actor (id). */
  declare actor: string | null;
  /** Only linkages with this issue (id) at either end. */
  declare issue: string | null;
  /** Only linkages made on or after this date (EDTF or ISO day). */
  declare from: string | null;
  /** Only linkages made on or before this date (EDTF or ISO day). */
  declare to: string | null;
  /** Linkage records the page brings; unset: the whole dataset of `@arms-control/data`. */
  declare linkages: readonly Linkage[] | null | undefined;
  /** Issue records for node names (else looked up in the data package, else the id is shown). */
  declare issues: readonly Issue[] | null | undefined;
  /** Actor records for names and colours (else looked up in the data package). */
  declare actors: readonly Actor[] | null | undefined;
  /** Source records for the evidence panel (else each is loaded by id when shown). */
  declare sources: readonly Source[] | null | undefined;
  /** Overrides for the English strings (partial). */
  declare strings: Partial<LinkageDiagramStrings>;

  declare private _view: View | null;
  declare private _width: number;
  /** The node that holds the diagram's tab stop. */
  declare private _node: string;
  declare private _pinned: string;
  declare private _hover: string;
  declare private _focus: string;
  declare private _source: Source | null;

  constructor() {
    super();
    this.actor = this.issue = this.from = this.to = null;
    this.strings = {};
    this._view = this._source = null;
    this._width = 640;
    this._node = this._pinned = this._hover = this._focus = '';
  }

  #layout: LayoutResult | null = null;
  #token = 0;
  #loading = '';
  #observer: ResizeObserver | undefined;

  get #s(): LinkageDiagramStrings {
    return mergeStrings<LinkageDiagramStrings>(linkageDiagramStrings, this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Applied in the next frame: re-rendering inside the observer's callback would resize the host again.
    this.#observer = new ResizeObserver(([e]) => {
      const w = Math.floor(e!.contentRect.width);
      if (w > 0) requestAnimationFrame(() => (this._width = w));
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['actor', 'issue', 'from', 'to', 'linkages', 'issues', 'actors', 'strings'].some((k) => changed.has(k))) this.#resolve();
    if (changed.has('_view') || changed.has('_width')) this.#place();
    const shown = this.#shown;
    if (shown && changed.has('_view') && !this._view?.edges.some((e) => e.id === shown)) this._pinned = this._hover = this._focus = '';
  }

  /** The edge whose evidence is shown. */
  get #shown(): string {
    return this._pinned || this._focus || this._hover;
  }

  #resolve(): void {
    const token = ++this.#token;
    const s = this.#s;
    const problem = this.#problem();
    if (problem) return this.#settle(token, null, problem);
    const { linkages, issues, actors } = this;
    if (linkages && issues && actors) return this.#build(token, { linkages, issues: new Map(), actors: new Map() });
    this._view = null;
    loadDataset().then(
      (d) => this.#build(token, linkages ? { ...d, linkages } : d),
      (err) => this.#settle(token, null, fill(s.loadFailed, { collection: 'linkage', value: '*', reason: String(err) })),
    );
  }

  /** What is wrong with the attributes or properties (before any data is needed), or null. */
  #problem(): string | null {
    const s = this.#s;
    return (
      filterProblem(this, ['actor', 'issue'], s) ??
      (['linkages', 'issues', 'actors', 'sources'] as const).map((k) => listProblem(k, this[k] ?? undefined, k, s)).find(Boolean) ??
      null
    );
  }

  #settle(token: number, view: View | null, error: string | null): void {
    if (token !== this.#token) return;
    this._view = view;
    if (error) this.fail(error);
    else this.clearError();
  }

  /** Filters the linkages, checks the filter ids exist and builds the nodes, edges and legend. */
  #build(token: number, d: Data): void {
    const s = this.#s;
    const issues = new Map([...d.issues, ...(this.issues ?? []).map((x) => [x.id, x] as const)]);
    const actors = new Map([...d.actors, ...(this.actors ?? []).map((x) => [x.id, x] as const)]);
    const actor = this.actor?.trim();
    const issue = this.issue?.trim();
    const known = (id: string, map: Map<string, unknown>, ...fields: (keyof Linkage)[]) => map.has(id) || d.linkages.some((l) => fields.some((f) => l[f] === id));
    if (actor && !known(actor, actors, 'linker', 'target')) return this.#settle(token, null, fill(s.unknownId, { collection: 'actor', value: actor }));
    if (issue && !known(issue, issues, 'leverage', 'sought')) return this.#settle(token, null, fill(s.unknownId, { collection: 'issue', value: issue }));
    const [from, to] = filterPeriod(this);
    const picked = d.linkages
      .filter(
        (l) =>
          (!actor || l.linker === actor) &&
          (!issue || l.leverage === issue || l.sought === issue) &&
          !(from && l.latest && l.latest < from) &&
          !(to && (l.earliest ?? l.latest)! > to),
      )
      .sort(compareByDate);
    const name = (id: string) => issues.get(id)?.name ?? id;
    const word = (key: string) => (s as Record<string, string>)[key] ?? key;
    const legend = new Map<string, string>();
    const edges = picked.map((l): Edge => {
      const status = l.history.at(-1)?.status ?? 'proposed';
      const linker = actors.get(l.linker)?.name ?? l.linker;
      const c = actorColour(l.linker, actors.get(l.linker));
      legend.set(linker, c);
      const label = fill(s.label, { mechanism: word(l.mechanism), status: word(status) });
      const name_ = fill(s.edge, { label, linker, leverage: name(l.leverage), sought: name(l.sought) });
      return { id: l.id, from: l.leverage, to: l.sought, linkage: l, status, kind: KIND[status] ?? 'open', colour: c, linker, label, name: name_ };
    });
    const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
    const nodes = ids.map((id) => ({ id, name: name(id), lines: wrap(name(id), 22), count: edges.filter((e) => e.from === id || e.to === id).length }));
    if (!nodes.some((n) => n.id === this._node)) this._node = nodes[0]?.id ?? '';
    this.#settle(token, { nodes, edges, legend: [...legend] }, null);
  }

  /** An edge label on one line, or on two (mechanism, status) in narrow containers. */
  #lines(e: Edge): string[] {
    return this._width < 640 ? e.label.replace(' · ', ' ·\n').split('\n') : [e.label];
  }

  #place(): void {
    const v = this._view;
    this.#layout = v
      ? layoutSized(
          v.nodes.map((n) => ({ id: n.id, width: Math.max(...n.lines.map((l) => measure(l, NODE_FONT))) + 2 * PAD, height: n.lines.length * NODE_FONT * 1.25 + 2 * PAD - 2 })),
          v.edges.map((e) => {
            const lines = this.#lines(e);
            return { id: e.id, from: e.from, to: e.to, width: Math.max(...lines.map((l) => measure(l, LABEL_FONT))) + 12, height: lines.length * LABEL_FONT * 1.25 + 8 };
          }),
          { width: this._width - 2 * MARGIN },
        )
      : null;
  }

  /** A source from the `sources` property, or the one last loaded. */
  #src(id: string): Source | undefined {
    return this.sources?.find((x) => x.id === id) ?? (this._source?.id === id ? this._source : undefined);
  }

  protected override updated(): void {
    const id = this.#edge(this.#shown)?.linkage.evidence[0]?.source;
    if (!id || this.#src(id) || this.#loading === id) return;
    this.#loading = id;
    void loadById('sources', id).then((r) => r.ok && (this._source = r.record));
  }

  #edge(id: string): Edge | undefined {
    return this._view?.edges.find((e) => e.id === id);
  }

  /** Focuses a node or an edge label (after the pending render). */
  async #go(kind: 'node' | 'edge', id: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-${kind}="${CSS.escape(id)}"]`)?.focus();
  }

  #nodeEdges(node: string): Edge[] {
    return this._view!.edges.filter((e) => e.from === node || e.to === node);
  }

  #onKey(ev: KeyboardEvent): void {
    const target = ev.target as Element;
    const node = target.getAttribute('data-node');
    const edge = target.getAttribute('data-edge');
    const key = ev.key;
    const l = this.#layout!;
    if (node) {
      const arrows: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
      const dir = arrows[key];
      if (dir) {
        const centre = (id: string) => {
          const b = l.nodes.find((n) => n.id === id)!;
          return [b.x + b.width / 2, b.y + b.height / 2] as const;
        };
        const [cx, cy] = centre(node);
        let best = '';
        let score = Infinity;
        for (const n of l.nodes) {
          const [x, y] = centre(n.id);
          const along = (x - cx) * dir[0] + (y - cy) * dir[1];
          const across = Math.abs((x - cx) * dir[1] - (y - cy) * dir[0]);
          if (along > 0.5 && along + 2 * across < score) (score = along + 2 * across), (best = n.id);
        }
        if (best) {
          this._node = best;
          void this.#go('node', best);
        }
      } else if (key === 'Enter' || key === ' ') {
        const first = this.#nodeEdges(node)[0];
        if (first) void this.#go('edge', first.id);
      } else return;
    } else if (edge) {
      if (key === 'Enter' || key === ' ') this._pinned = this._pinned === edge ? '' : edge;
      else if (key === 'Escape') {
        if (this.#shown) this._pinned = this._focus = this._hover = '';
        else void this.#go('node', this._node);
      } else if (key.startsWith('Arrow')) {
        const list = this.#nodeEdges(this._node);
        const i = list.findIndex((e) => e.id === edge);
        const next = list[(i + (key === 'ArrowLeft' || key === 'ArrowUp' ? list.length - 1 : 1)) % list.length];
        if (next) void this.#go('edge', next.id);
      } else return;
    } else if (key === 'Escape' && this.#shown) {
      const back = this.#shown;
      this._pinned = this._focus = this._hover = '';
      void this.#go('edge', back);
    } else return;
    ev.preventDefault();
  }

  #target(ev: Event): [string | null, string | null] {
    const el = (ev.target as Element).closest?.('[data-node],[data-edge],[data-path]');
    return [el?.getAttribute('data-node') ?? null, el?.getAttribute('data-edge') ?? el?.getAttribute('data-path') ?? null];
  }

  /** Focus leaving an edge hides its evidence unless it moves into the evidence panel. */
  #onBlur(ev: FocusEvent): void {
    const to = ev.relatedTarget as Element | null;
    if (!to || !this.renderRoot.querySelector('#p')!.contains(to)) this._focus = to?.getAttribute('data-edge') ?? '';
  }

  #onClick(ev: Event): void {
    const [node, edge] = this.#target(ev);
    if (node) this._node = node;
    if (edge) this._pinned = this._pinned === edge ? '' : edge;
  }

  override render() {
    if (this.errorMessage) return this.renderErrorState();
    const v = this._view;
    const l = this.#layout;
    if (!v || !l) return this.renderFallback();
    const s = this.#s;
    if (!v.edges.length) return html`<p class="empty">${s.empty}</p>`;
    const scale = l.scale;
    const shown = this.#edge(this.#shown);
    const at = shown && l.edges.find((e) => e.id === shown.id)!.label;
    const active = new Set(this.#nodeEdges(this._node).map((e) => e.id));
    const edges = new Map(v.edges.map((e) => [e.id, e]));
    const nodes = new Map(v.nodes.map((n) => [n.id, n]));
    const M2 = 2 * MARGIN;
    // Templates are kept compact on purpose: whitespace in them ships as is.
    return html`<div class="wrap"><svg part="diagram" role="group" aria-label=${s.title} aria-describedby="d" viewBox="${-MARGIN} ${-MARGIN} ${round(l.width + M2)} ${round(l.height + M2)}" width=${round((l.width + M2) * scale)} height=${round((l.height + M2) * scale)}
@keydown=${this.#onKey} @click=${this.#onClick} @mouseover=${(ev: Event) => (this._hover = this.#target(ev)[1] ?? '')} @mouseleave=${() => (this._hover = '')}
@focusin=${(ev: Event) => (this._focus = (ev.target as Element).getAttribute('data-edge') ?? '')} @focusout=${this.#onBlur}>
<desc id="d">${fill(s.description, { count: v.edges.length, issues: v.nodes.length })}</desc>
<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 1L10 5L0 9z" fill="context-stroke"></path></marker></defs>
${l.edges.map((r) => {
  const e = edges.get(r.id)!;
  return svg`<path part="edge" class="edge ${e.kind} ${e.colour}${e.id === this.#shown ? ' on' : ''}" data-path=${e.id} d=${path(r.points, l.vertical)} marker-end="url(#a)"></path>`;
})}
${l.nodes.map((b) => {
  const n = nodes.get(b.id)!;
  return svg`<g part="node" class="node" role="button" data-node=${n.id} tabindex=${n.id === this._node ? 0 : -1} aria-label=${fill(s.node, { name: n.name, count: n.count })}>${box(b, n.lines, NODE_FONT)}</g>`;
})}
${l.edges.map((r) => {
  const e = edges.get(r.id)!;
  return svg`<g part="label" class="label ${e.kind} ${e.colour}" role="button" data-edge=${e.id} tabindex=${active.has(e.id) ? 0 : -1} aria-label=${e.name} aria-expanded=${this._pinned === e.id} aria-controls="p">${box(r.label, this.#lines(e), LABEL_FONT)}</g>`;
})}</svg>
<div part="details" class="details" id="p" role="region" aria-label=${shown?.linkage.title ?? s.source} aria-live="polite" ?hidden=${!shown}
${cssProps(at ? { top: `${round((at.y + at.height + MARGIN) * scale + 6)}px`, left: `${round(Math.max(0, Math.min((at.x + MARGIN) * scale, this._width - 352)))}px` } : { top: '', left: '' })} @focusout=${this.#onBlur} @keydown=${this.#onKey}>${shown ? this.#details(shown) : nothing}</div></div>
<ul part="legend" class="legend" aria-label=${s.legend}>${[...v.legend, ...(['open', 'settled', 'ended'] as const).map((k) => [s[k], '', k])].map(
      ([name, c, k]) => html`<li><svg width="28" height="10" aria-hidden="true"><path class="edge ${k ?? `settled ${c}`}" d="M2 5H26"></path></svg>${name}</li>`,
    )}</ul>
<details part="list"><summary>${s.list} (${v.edges.length})</summary><ol>${v.edges.map((e) => html`<li>${e.name}, ${this.#date(e.linkage.date)}. ${e.linkage.summary}</li>`)}</ol></details>`;
  }

  #date(edtf: string) {
    return html`<time datetime=${edtfDatetime(edtf) || nothing}>${tryFormatEdtf(edtf, this.locale, this.#s) ?? edtf}</time>`;
  }

  #details(e: Edge) {
    const s = this.#s;
    const l = e.linkage;
    const ev = l.evidence[0];
    const src = ev && this.#src(ev.source);
    const url = src && isHttpUrl(src.url) ? src.url : '';
    return html`<button class="close" aria-label=${s.close} @click=${() => (this._pinned = this._hover = this._focus = '')}>×</button><h3>${l.title}</h3>
<p class="meta">${e.linker} · ${e.label} · ${this.#date(l.date)}</p><p>${l.summary}</p>
${ev ? html`<blockquote cite=${url || nothing}>${ev.excerpt}</blockquote><p class="meta">${s.source}: ${url ? html`<a href=${url} rel="noopener noreferrer">${src!.title}</a> — ${src!.publisher}` : ev.source}</p>` : nothing}`;
  }
}

if (!customElements.get('ac-linkage-diagram')) customElements.define('ac-linkage-diagram', AcLinkageDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'ac-linkage-diagram': AcLinkageDiagram;
  }
}
