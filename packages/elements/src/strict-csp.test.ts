// Every element under the demo site's strict Content-Security-Policy: no inline styles (style
// attributes are blocked: `style-src-attr 'none'`, `style-src 'self'`) and Trusted Types required
// (`require-trusted-types-for 'script'`, policy `lit-html`). Runs in its own @web/test-runner group
// whose page carries the policy (web-test-runner.config.js, group "strict-csp"); any
// `securitypolicyviolation` fails the run, and the styles the elements set must take effect.
import { expect } from 'chai';
import { events as allEvents, treaties } from '@arms-control/data';
import type { LitElement } from 'lit';
import { shadow, waitUntil } from '../test/fixture.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));

const mounted: Element[] = [];
/** Creates an element through the DOM (innerHTML-style sinks need Trusted Types here) with attributes and properties. */
async function mount<T extends LitElement>(tag: string, attributes: Record<string, string> = {}, properties: Record<string, unknown> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties);
  el.style.inlineSize = '900px'; // CSSOM, allowed under the policy
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

describe('under a strict Content-Security-Policy', () => {
  before(async () => {
    await import('./index.js');
  });

  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  it('runs under the policy: a style attribute is blocked and reported', async () => {
    const probe = document.createElement('p');
    document.body.append(probe);
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    expect(getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
    expect(() => probe.setHTMLUnsafe('<b>x</b>'), 'Trusted Types are enforced').to.throw(TypeError);
    await waitUntil(() => violations.length === 2, 'both violation reports');
    expect(violations.map((v) => v.split(':')[0]).sort()).to.deep.equal(['require-trusted-types-for', 'style-src-attr']);
    probe.remove();
    violations.length = 0;
  });

  it('quote card: by id and by property', async () => {
    const byId = await mount('ac-quote-card', { quote: 'putin-2009-05-07-russia-will-link' });
    await waitUntil(() => part(byId, 'speaker'), 'the card by id');
    const card = await mount('ac-quote-card', { variant: 'compact' }, { data: { quote: { id: 'page-quote', text: 'Words.', speaker: 'someone', speakerRole: 'Role', date: '2009-05' }, sources: [] } });
    await waitUntil(() => part(card, 'quote'), 'the card by property');
    expect(violations).to.deep.equal([]);
  });

  it('treaty countdown: the lifetime bar and today’s mark are drawn (by id and by property)', async () => {
    const byId = await mount('ac-treaty-countdown', { treaty: 'new-start' });
    const fill = await waitUntil(() => part(byId, 'bar-fill'), 'the lifetime bar');
    expect(fill.getBoundingClientRect().width, 'bar fill width').to.be.above(0);
    expect(fill.style.inlineSize).to.match(/%$/);
    expect(part(byId, 'bar-today')!.style.insetInlineStart).to.match(/%$/);
    const treaty = treaties.find((t) => t.id === 'new-start')!;
    const byProperty = await mount('ac-treaty-countdown', {}, { data: { treaty, events: allEvents } });
    const fill2 = await waitUntil(() => part(byProperty, 'bar-fill'), 'the lifetime bar by property');
    expect(fill2.getBoundingClientRect().width).to.be.above(0);
    const byDate = await mount('ac-treaty-countdown', { date: '2099-01-01', label: 'Review conference' });
    await waitUntil(() => part(byDate, 'time'), 'the date countdown');
    expect(violations).to.deep.equal([]);
  });

  it('linkage diagram: edges in the linker’s colour, legend swatches, evidence panel placed', async () => {
    const el = await mount('ac-linkage-diagram', { actor: 'russia', theme: 'light' });
    el.style.setProperty('--ac-actor-ru', 'rgb(1, 2, 3)');
    const edge = await waitUntil(() => shadow(el).querySelector<SVGPathElement>('path[part="edge"]'), 'an edge');
    expect(getComputedStyle(edge).stroke).to.equal('rgb(1, 2, 3)');
    const label = shadow(el).querySelector<SVGGElement>('[data-edge] rect')!;
    expect(getComputedStyle(label).stroke).to.equal('rgb(1, 2, 3)');
    const swatch = part(el, 'legend')!.querySelector('path')!;
    expect(getComputedStyle(swatch).stroke).to.equal('rgb(1, 2, 3)');
    // Open the evidence of the first edge: the panel is positioned next to its label.
    shadow(el).querySelector<SVGGElement>('[data-edge]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const panel = await waitUntil(() => (part(el, 'details')!.hidden ? null : part(el, 'details')), 'the evidence panel');
    expect(panel.style.top).to.match(/px$/);
    expect(panel.getBoundingClientRect().top).to.be.above(el.getBoundingClientRect().top);
    const byProperty = await mount('ac-linkage-diagram', {}, {
      linkages: [{ id: 'l1', title: 'T', linker: 'united-states', target: 'russia', leverage: 'a', sought: 'b', mechanism: 'threat', explicitness: 'explicit', date: '2014', dateBasis: { method: 'explicit' }, summary: 'S.', history: [{ status: 'proposed', date: '2014', dateBasis: { method: 'explicit' }, by: 'united-states', note: 'x', evidence: [] }], evidence: [], earliest: '2014-01-01', latest: '2014-12-31' }],
      issues: [{ id: 'a', name: 'A', description: 'x', evidence: [] }, { id: 'b', name: 'B', description: 'x', evidence: [] }],
      actors: [{ id: 'united-states', name: 'United States', kind: 'state', country: 'US', description: 'x', evidence: [] }],
    });
    byProperty.style.setProperty('--ac-actor-us', 'rgb(4, 5, 6)');
    const edge2 = await waitUntil(() => shadow(byProperty).querySelector<SVGPathElement>('path[part="edge"]'), 'an edge by property');
    expect(getComputedStyle(edge2).stroke).to.equal('rgb(4, 5, 6)');
    expect(violations).to.deep.equal([]);
  });

  it('event timeline: a short list by filter and a windowed list of more than 100 events', async () => {
    const short = await mount('ac-event-timeline', { treaty: 'abm-treaty' });
    await waitUntil(() => part(short, 'event'), 'events by filter');
    const many = allEvents.length > 100 ? allEvents : [...allEvents, ...allEvents.map((e) => ({ ...e, id: `${e.id}-copy` }))];
    expect(many.length).to.be.above(100);
    const long = await mount('ac-event-timeline', {}, { events: many });
    await waitUntil(() => part(long, 'count'), 'the windowed list');
    const list = part(long, 'list')!;
    expect(parseFloat(getComputedStyle(list).paddingBlockEnd), 'room kept for the rows below the window').to.be.above(0);
    expect(list.getBoundingClientRect().height).to.be.above(many.length * 30);
    expect(violations).to.deep.equal([]);
  });

  after(() => {
    expect(violations, 'no Content-Security-Policy violation in the whole run').to.deep.equal([]);
  });
});
