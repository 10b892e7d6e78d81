import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { Actor, Issue, Linkage } from '@arms-control/data';
import { axe, formatViolations } from '../../test/axe.js';
import { errorBox, expectErrorState, fixture, listenAcErrors, recordErrors, shadow, text, visible, waitUntil } from '../../test/fixture.js';
import { foreignRequests } from '../../test/requests.js';
import type { AcLinkageDiagram } from './linkage-diagram.js';

// The element is NOT imported statically: the first block checks the fallback with the element undefined.
const FALLBACK = '<ol class="fb"><li>Russia links START renewal to U.S. missile defense in Europe (May 2009).</li></ol>';
const svgOf = (el: Element) => waitUntil(() => shadow(el).querySelector('svg[part="diagram"]'), 'the diagram');
const edgeIds = (el: Element) => [...shadow(el).querySelectorAll('[data-edge]')].map((e) => e.getAttribute('data-edge')!).sort();
const nodeIds = (el: Element) => [...shadow(el).querySelectorAll('[data-node]')].map((e) => e.getAttribute('data-node')!).sort();
const active = (el: Element) => shadow(el).activeElement;
const panel = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="details"]')!;

const issues: Issue[] = [
  { id: 'alpha', name: 'Alpha issue', description: 'x', evidence: [] },
  { id: 'beta', name: 'Beta issue', description: 'x', evidence: [] },
  { id: 'gamma', name: 'Gamma issue', description: 'x', evidence: [] },
];
const actors: Actor[] = [
  { id: 'ruritania', name: 'Ruritania', kind: 'state', description: 'x', evidence: [] },
  { id: 'united-states', name: 'United States', kind: 'state', country: 'US', description: 'x', evidence: [] },
];
const linkage = (id: string, linker: string, leverage: string, sought: string, status: Linkage['history'][number]['status'], date = '2014-03'): Linkage => ({
  id,
  title: `Title of ${id}`,
  linker,
  target: 'someone',
  leverage,
  sought,
  mechanism: 'threat',
  explicitness: 'explicit',
  date,
  dateBasis: { method: 'explicit' },
  summary: `Summary of ${id}.`,
  history: [{ status, date, dateBasis: { method: 'explicit' }, by: linker, note: 'x', evidence: [] }],
  evidence: [{ source: 'page-source', excerpt: `Excerpt for ${id}`, claim: 'asserted' }],
  earliest: `${date}-01`,
  latest: `${date}-28`,
});
const pageLinkages = [
  linkage('one', 'ruritania', 'alpha', 'beta', 'proposed'),
  linkage('two', 'united-states', 'beta', 'alpha', 'codified', '2015-06'),
  linkage('three', 'ruritania', 'alpha', 'beta', 'rejected'),
  linkage('four', 'ruritania', 'beta', 'gamma', 'lapsed'),
];
const pageSource = { id: 'page-source', kind: 'news-article' as const, title: 'Page source', publisher: 'Example Post', url: 'https://example.org/a', language: 'en' };

async function withProperties(markup = '<ac-linkage-diagram></ac-linkage-diagram>') {
  const el = await fixture<AcLinkageDiagram>(markup);
  el.linkages = pageLinkages;
  el.issues = issues;
  el.actors = actors;
  el.sources = [pageSource];
  await el.updateComplete;
  return el;
}

describe('ac-linkage-diagram before it is defined', () => {
  it('shows the page’s own list as fallback', async () => {
    expect(customElements.get('ac-linkage-diagram')).to.equal(undefined);
    const el = await fixture(`<ac-linkage-diagram actor="russia">${FALLBACK}</ac-linkage-diagram>`);
    expect(el.shadowRoot).to.equal(null);
    expect(visible(el.querySelector('ol.fb'))).to.equal(true);
  });
});

describe('ac-linkage-diagram', () => {
  let data: typeof import('@arms-control/data');
  before(async () => {
    await import('./linkage-diagram.js');
    data = await import('@arms-control/data');
  });

  describe('from the data package', () => {
    it('renders every linkage and issue by default, with the fallback replaced', async () => {
      const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram>${FALLBACK}</ac-linkage-diagram>`);
      await svgOf(el);
      const graph = data.linkageGraph();
      expect(edgeIds(el)).to.deep.equal(graph.edges.map((e) => e.id).sort());
      expect(nodeIds(el)).to.deep.equal(graph.nodes.map((n) => n.id).sort());
      expect(shadow(el).querySelectorAll('path[part="edge"]').length).to.equal(graph.edges.length);
      expect(visible(el.querySelector('ol.fb'))).to.equal(false);
      // the accessible list equivalent holds every linkage
      expect(shadow(el).querySelectorAll('[part="list"] li').length).to.equal(graph.edges.length);
      // title and description on the svg
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('aria-label')).to.equal('Issue linkages');
      expect(svg.getAttribute('aria-describedby')).to.equal('d');
      expect(text(svg.querySelector('desc'))).to.contain(`${graph.edges.length} linkages`);
    });

    it('filters by actor, issue and period like linkageGraph()', async () => {
      const cases: [string, Parameters<typeof data.linkageGraph>[0]][] = [
        ['actor="united-states"', { actor: 'united-states' }],
        ['issue="missile-defense-europe"', { issue: 'missile-defense-europe' }],
        ['from="2010" to="2015-06"', { from: '2010', to: '2015-06' }],
        ['actor="russia" issue="strategic-offensive-arms" from="2000"', { actor: 'russia', issue: 'strategic-offensive-arms', from: '2000' }],
      ];
      for (const [attrs, filter] of cases) {
        const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram ${attrs}></ac-linkage-diagram>`);
        await svgOf(el);
        const expected = data.linkageGraph(filter).edges.map((e) => e.id).sort();
        expect(expected.length, attrs).to.be.greaterThan(0);
        expect(edgeIds(el), attrs).to.deep.equal(expected);
      }
    });

    it('says so when no linkage matches', async () => {
      const el = await withProperties('<ac-linkage-diagram from="2030"></ac-linkage-diagram>');
      await waitUntil(() => shadow(el).querySelector('.empty'), 'the empty message');
      expect(text(shadow(el).querySelector('.empty'))).to.equal('No linkages match these filters.');
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    });

    it('colours edges by linker with a legend, and shows status by line style and text', async () => {
      const el = await fixture<AcLinkageDiagram>('<ac-linkage-diagram theme="light" style="--ac-actor-ru: rgb(1, 2, 3); --ac-actor-us: rgb(4, 5, 6)"></ac-linkage-diagram>');
      await svgOf(el);
      const ru = data.linkages.find((l) => l.linker === 'russia')!;
      const us = data.linkages.find((l) => l.linker === 'united-states')!;
      const stroke = (id: string) => getComputedStyle(shadow(el).querySelector(`path[data-path="${id}"]`)!).stroke;
      expect(stroke(ru.id)).to.equal('rgb(1, 2, 3)');
      expect(stroke(us.id)).to.equal('rgb(4, 5, 6)');
      const legend = text(shadow(el).querySelector('[part="legend"]'));
      expect(legend).to.contain('Russia').and.contain('United States').and.contain('ended (rejected, withdrawn, lapsed)');
      const status = ru.history.at(-1)!.status;
      expect(text(shadow(el).querySelector(`[data-edge="${ru.id}"]`))).to.equal(`${ru.mechanism} · ${status}`);
      const dash = (id: string) => getComputedStyle(shadow(el).querySelector(`path[data-path="${id}"]`)!).strokeDasharray;
      const settled = data.linkages.find((l) => ['codified', 'implemented', 'accepted'].includes(l.history.at(-1)!.status))!;
      const open = data.linkages.find((l) => ['proposed', 'reiterated'].includes(l.history.at(-1)!.status))!;
      expect(dash(settled.id)).to.equal('none');
      expect(dash(open.id)).to.not.equal('none');
    });

    it('requests nothing outside the page’s origin', async () => {
      const el = await fixture<AcLinkageDiagram>('<ac-linkage-diagram></ac-linkage-diagram>');
      await svgOf(el);
      expect(await foreignRequests()).to.deep.equal([]);
    });
  });

  describe('by property', () => {
    it('renders linkages the page brings, synchronously, with names from issues and actors', async () => {
      const el = await withProperties(`<ac-linkage-diagram>${FALLBACK}</ac-linkage-diagram>`);
      expect(edgeIds(el)).to.deep.equal(['four', 'one', 'three', 'two']);
      expect(nodeIds(el)).to.deep.equal(['alpha', 'beta', 'gamma']);
      expect(text(shadow(el).querySelector('[data-node="alpha"]'))).to.equal('Alpha issue');
      expect(shadow(el).querySelector('[data-edge="one"]')!.getAttribute('aria-label')).to.equal('threat · proposed: Ruritania, Alpha issue → Beta issue');
      expect(text(shadow(el).querySelector('[part="legend"]'))).to.contain('Ruritania');
    });

    it('applies the attribute filters to them', async () => {
      const el = await withProperties('<ac-linkage-diagram actor="ruritania" issue="gamma"></ac-linkage-diagram>');
      expect(edgeIds(el)).to.deep.equal(['four']);
    });

    it('gives parallel and opposite linkages separate, non-overlapping labels', async () => {
      const el = await withProperties();
      const boxes = ['one', 'two', 'three'].map((id) => shadow(el).querySelector(`[data-edge="${id}"]`)!.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${i}/${j}`).to.equal(true);
        }
    });

    it('resolves issue and actor names from the data package when not given', async () => {
      const el = await fixture<AcLinkageDiagram>('<ac-linkage-diagram></ac-linkage-diagram>');
      el.linkages = [linkage('x', 'russia', 'missile-defense-europe', 'iran-nuclear-program', 'proposed')];
      await waitUntil(() => edgeIds(el).join() === 'x', 'the page’s linkage');
      expect(text(shadow(el).querySelector('[data-node="missile-defense-europe"]'))).to.equal('U.S. missile defense in Europe');
      expect(shadow(el).querySelector('[data-edge="x"]')!.getAttribute('aria-label')).to.match(/: Russia, U.S. missile defense in Europe → Iran’s nuclear program$/);
    });

    it('fits narrow containers: vertical layout within the width', async () => {
      const wrap = await fixture<HTMLDivElement>('<div style="width: 390px"><ac-linkage-diagram></ac-linkage-diagram></div>');
      const el = wrap.querySelector('ac-linkage-diagram')!;
      await svgOf(el);
      await waitUntil(() => shadow(el).querySelector('svg')!.getBoundingClientRect().width <= 390, 'fitted width');
      expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(390);
    });
  });

  describe('keyboard and evidence', () => {
    it('moves between nodes with arrows, into edges with Enter, shows evidence on Enter, closes on Escape', async () => {
      const el = await fixture<AcLinkageDiagram>('<ac-linkage-diagram style="width: 1000px"></ac-linkage-diagram>');
      await svgOf(el);
      const tabbable = shadow(el).querySelectorAll('[data-node][tabindex="0"]');
      expect(tabbable.length, 'one tab stop among nodes').to.equal(1);
      (tabbable[0] as SVGElement).focus();
      const first = active(el)!.getAttribute('data-node');
      expect(first).to.be.a('string');
      // some arrow moves to another node
      let moved = false;
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        if (active(el)?.getAttribute('data-node') !== first) {
          moved = true;
          break;
        }
      }
      expect(moved, 'an arrow key moved focus to another node').to.equal(true);
      const node = active(el)!.getAttribute('data-node')!;
      expect(active(el)!.getAttribute('tabindex')).to.equal('0');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const edgeId = active(el)?.getAttribute('data-edge');
      expect(edgeId, 'Enter on a node focuses one of its edges').to.be.a('string');
      const l = data.linkages.find((x) => x.id === edgeId)!;
      expect([l.leverage, l.sought]).to.include(node);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const p = panel(el);
      expect(visible(p)).to.equal(true);
      expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(p.querySelector('h3'))).to.equal(l.title);
      expect(text(p.querySelector('blockquote'))).to.equal(l.evidence[0]!.excerpt.replace(/\s+/g, ' ').trim());
      expect(p.querySelector('time')!.getAttribute('datetime') ?? '').to.equal(
        /^\d{4}(-\d\d){0,2}$/.test(l.date) ? l.date : '',
      );
      const source = data.sources.find((s) => s.id === l.evidence[0]!.source)!;
      await waitUntil(() => p.querySelector('a'), 'the source link');
      expect(p.querySelector('a')!.getAttribute('href')).to.equal(source.url);
      expect(text(p.querySelector('a'))).to.equal(source.title);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(visible(p)).to.equal(false);
      expect(active(el)?.getAttribute('data-edge')).to.equal(edgeId);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(active(el)?.getAttribute('data-node')).to.equal(node);
    });

    it('shows the date at its precision and the source from the sources property', async () => {
      const el = await withProperties();
      (shadow(el).querySelector('[data-edge="two"]') as SVGElement).focus();
      await el.updateComplete;
      const p = panel(el);
      expect(visible(p), 'focus reveals the evidence').to.equal(true);
      expect(text(p.querySelector('time'))).to.equal('June 2015');
      expect(p.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/a');
      expect(text(p.querySelector('blockquote'))).to.equal('Excerpt for two');
    });

    it('reveals evidence on hover and click; the close button hides it', async () => {
      const el = await withProperties();
      const label = shadow(el).querySelector('[data-edge="four"]')!;
      label.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(panel(el).querySelector('h3'))).to.equal('Title of four');
      (label as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(label.getAttribute('aria-expanded')).to.equal('true');
      shadow(el).querySelector('svg')!.dispatchEvent(new MouseEvent('mouseleave'));
      await el.updateComplete;
      expect(visible(panel(el)), 'pinned stays open').to.equal(true);
      panel(el).querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect(visible(panel(el))).to.equal(false);
    });
  });

  describe('bad input: error state, ac-error, fallback kept, no exception', () => {
    const cases: [string, string, (el: AcLinkageDiagram) => void, RegExp][] = [
      ['unknown actor', 'actor="nobody-at-all"', () => {}, /No actor record with the id "nobody-at-all"/],
      ['unknown issue', 'issue="no-such-issue"', () => {}, /No issue record with the id "no-such-issue"/],
      ['malformed actor', 'actor="Russia!"', () => {}, /"actor" attribute "Russia!" is not a valid id/],
      ['empty issue', 'issue=""', () => {}, /"issue" attribute is empty/],
      ['unparsable from', 'from="last spring"', () => {}, /date "last spring" could not be read/],
      ['unparsable to', 'to="2014-13-45"', () => {}, /date "2014-13-45" could not be read/],
      ['reversed period', 'from="2015" to="2010"', () => {}, /period is empty/],
      ['linkages not an array', '', (el) => ((el as { linkages: unknown }).linkages = 'russia'), /"linkages" property must be an array of linkage records, not a string/],
      ['linkages an object', '', (el) => ((el as { linkages: unknown }).linkages = { id: 'x' }), /, not an object/],
      ['invalid linkage record', '', (el) => ((el as { linkages: unknown }).linkages = [{ id: 'x' }]), /no valid "title"/],
      ['HTML in a linkage', '', (el) => (el.linkages = [{ ...pageLinkages[0]!, summary: '<img src=x onerror="window.__pwned=1">' }]), /contains HTML markup/],
      ['issues not an array', '', (el) => ((el as { issues: unknown }).issues = 5), /"issues" property must be an array of issue records, not a number/],
    ];
    for (const [name, attrs, act, message] of cases) {
      it(name, async () => {
        const errors = recordErrors();
        const { messages: heard, stop } = listenAcErrors();
        try {
          const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram ${attrs}>${FALLBACK}</ac-linkage-diagram>`);
          act(el);
          await el.updateComplete;
          await expectErrorState(el, message, heard);
          expect(visible(el.querySelector('ol.fb')), 'fallback visible').to.equal(true);
          expect(shadow(el).querySelector('svg')).to.equal(null);
          expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        } finally {
          stop();
          expect(errors.stop()).to.deep.equal([]);
        }
      });
    }

    it('leaves the error state when the input becomes valid', async () => {
      const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram actor="nobody-at-all">${FALLBACK}</ac-linkage-diagram>`);
      await errorBox(el);
      el.actor = 'russia';
      await svgOf(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (${theme}), with the evidence panel open`, async () => {
        const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram theme="${theme}"></ac-linkage-diagram>`);
        await svgOf(el);
        const label = shadow(el).querySelector<SVGElement>('[data-edge]')!;
        label.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        await waitUntil(() => panel(el).querySelector('a'), 'the source link');
        shadow(el).querySelector('details')!.open = true;
        const v = await axe(el);
        expect(v, formatViolations(v)).to.deep.equal([]);
      });

      it(`has no axe violations in the error state (${theme})`, async () => {
        const el = await fixture<AcLinkageDiagram>(`<ac-linkage-diagram theme="${theme}" actor="nobody-at-all">${FALLBACK}</ac-linkage-diagram>`);
        await errorBox(el);
        const v = await axe(el);
        expect(v, formatViolations(v)).to.deep.equal([]);
      });
    }

    it('shows a visible focus ring on nodes and edges', async () => {
      const el = await withProperties();
      const node = shadow(el).querySelector<SVGElement>('[data-node][tabindex="0"]')!;
      node.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality for :focus-visible
      expect(getComputedStyle(node).outlineStyle).to.equal('solid');
    });
  });

  it('survives being defined twice (a second copy of the module)', async () => {
    const errors = recordErrors();
    // @ts-expect-error query string makes a second module instance
    await import('./linkage-diagram.js?second-copy');
    expect(customElements.get('ac-linkage-diagram')).to.not.equal(undefined);
    expect(errors.stop()).to.deep.equal([]);
  });
});
