// Runs in Chromium. `window.bench.prepare(kind)` fetches the case's input (before any timing);
// `window.bench.render(kind)` creates the elements, sets their input and resolves with the time
// until every element has finished updating and the next frame has been produced.

const host = () => document.getElementById('host');
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

/** How each case builds its elements from the prepared input. */
const cases = {
  quotes: (input) =>
    input.map((d) => {
      const el = document.createElement('ac-quote-card');
      el.data = d;
      return el;
    }),
  timeline: (input) => {
    const el = document.createElement('ac-event-timeline');
    el.sources = input.sources;
    el.events = input.events;
    return [el];
  },
  diagram: (input) => {
    const el = document.createElement('ac-linkage-diagram');
    for (const [k, v] of Object.entries(input.properties)) el[k] = v;
    for (const [k, v] of Object.entries(input.attributes)) el.setAttribute(k, v);
    return [el];
  },
  countdowns: (input) =>
    Array.from({ length: input.count }, (_, i) => {
      const el = document.createElement('ac-treaty-countdown');
      el.setAttribute('date', input.date);
      el.setAttribute('label', `${input.label} ${i + 1}`);
      el.setAttribute('precision', 'second');
      return el;
    }),
  'relative-time': (input) =>
    Array.from({ length: input.count }, () => {
      const el = document.createElement('relative-time');
      el.setAttribute('datetime', `${input.date}T00:00:00Z`);
      el.setAttribute('format', 'duration');
      el.setAttribute('precision', 'second');
      return el;
    }),
};
const tags = { quotes: 'ac-quote-card', timeline: 'ac-event-timeline', diagram: 'ac-linkage-diagram', countdowns: 'ac-treaty-countdown', 'relative-time': 'relative-time' };

/**
 * Resolves with the time at the end of the frame that followed the elements' last update. An
 * element may update again after its first render (e.g. once a ResizeObserver has told it its
 * width, applied in a later frame), so after each frame we watch two more: a new update cycle
 * shows as a new `updateComplete` promise. Plain custom elements have no updateComplete.
 */
const settled = async (els) => {
  let end = performance.now();
  for (let round = 0; round < 20; round++) {
    await Promise.all(els.map((el) => el.updateComplete));
    const promises = els.map((el) => el.updateComplete);
    end = await frame();
    await frame();
    await frame();
    if (els.every((el, i) => el.updateComplete === promises[i])) return end;
  }
  return end;
};

window.bench = {
  input: null,
  defined: (kind) => !!customElements.get(tags[kind]),
  async prepare(kind) {
    this.input = await (await fetch(`./input/${kind}.json`)).json();
    return this.defined(kind);
  },
  async render(kind) {
    const errors = [];
    addEventListener('ac-error', (e) => errors.push(e.detail?.message ?? 'ac-error'), { capture: true });
    const t0 = performance.now();
    const els = cases[kind](this.input);
    host().append(...els);
    const ms = (await settled(els)) - t0;
    const rendered = els.filter((el) => !el.shadowRoot || el.shadowRoot.childNodes.length > 0).length;
    return { ms, count: els.length, rendered, errors: errors.slice(0, 3), visibility: document.visibilityState };
  },
};
