import { expect } from 'chai';
import { byId, timeline } from '@arms-control/data';
import type { Event, Source } from '@arms-control/data/types';
import { expectErrorState, fixture, listenAcErrors, part, recordErrors, shadow, text, waitUntil } from '../../test/fixture.js';
import { axe, formatViolations } from '../../test/axe.js';
import { noForeignRequests } from '../../test/requests.js';
import type { EventTimeline } from './event-timeline.js';

const rows = (el: Element) => [...shadow(el).querySelectorAll('li[part="event"]')] as HTMLLIElement[];
const titles = (el: Element) => rows(el).map((li) => text(li.querySelector('[part="title"]')));

async function ready<T extends EventTimeline>(el: T): Promise<T> {
  await el.updateComplete;
  await waitUntil(() => part(el, 'list') || part(el, 'error') || part(el, 'empty'), 'timeline rendered');
  await el.updateComplete;
  return el;
}

async function timelineEl(markup: string, lang?: string): Promise<EventTimeline> {
  return ready(await fixture<EventTimeline>(markup, lang ? { lang } : {}));
}

/** Creates the element with properties set before it connects (as a framework would). */
async function withEvents(events: unknown, attrs: Record<string, string> = {}, sources?: unknown): Promise<EventTimeline> {
  const el = document.createElement('ac-event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.events = events as Event[];
  if (sources !== undefined) el.sources = sources as Source[];
  const box = await fixture<HTMLElement>('<div></div>');
  box.append(el);
  return ready(el);
}

const src: Source = { id: 'test-source', kind: 'news-article', title: 'Talks open', publisher: 'Test Wire', url: 'https://example.org/talks', language: 'en' };

function event(id: string, date: string, extra: Partial<Event> = {}): Event {
  return {
    id,
    title: `Event ${id}`,
    kind: 'statement',
    date,
    dateBasis: { method: 'explicit' },
    description: `About ${id}.`,
    actors: ['russia'],
    issues: ['strategic-offensive-arms'],
    evidence: [{ source: 'test-source', excerpt: 'x', claim: 'asserted' }],
    earliest: null,
    latest: null,
    ...extra,
  };
}

/** `count` events a day apart from 2000-01-01, shuffled. */
function manyEvents(count: number): Event[] {
  const out: Event[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    out.push(event(`e-${String(i).padStart(4, '0')}`, day, { earliest: day, latest: day }));
  }
  return out.reverse();
}

describe('<ac-event-timeline>', () => {
  it('shows its fallback list while the element is undefined, then upgrades it', async () => {
    expect(customElements.get('ac-event-timeline')).to.equal(undefined);
    const el = await fixture<HTMLElement>('<ac-event-timeline treaty="abm-treaty"><ol><li><time datetime="2001-12-13">13 December 2001</time>: U.S. announces withdrawal</li></ol></ac-event-timeline>');
    expect(el.shadowRoot).to.equal(null);
    expect(el.innerText).to.contain('U.S. announces withdrawal');
    await import('./event-timeline.js');
    await ready(el as EventTimeline);
    expect(rows(el).length).to.be.above(1);
    expect(el.querySelector('ol')).to.not.equal(null);
  });

  describe('by id filters on the dataset', () => {
    it('lists a treaty\'s events in date order, as a semantic <ol> with <time datetime>', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="abm-treaty"></ac-event-timeline>');
      const expected = timeline({ treaty: 'abm-treaty' });
      expect(expected.length).to.be.above(1);
      expect(titles(el)).to.deep.equal(expected.map((e) => e.title));
      expect(part(el, 'list')!.localName).to.equal('ol');
      const dates = rows(el).map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect([...dates].sort()).to.deep.equal(dates);
      expect(dates[0]).to.match(/^\d{4}(-\d{2}){0,2}$/);
    });

    for (const filter of [{ actor: 'vladimir-putin' }, { issue: 'missile-defense-europe' }, { from: '2009-05', to: '2009-12' }, { actor: 'russia', from: '2014' }]) {
      it(`filters by ${JSON.stringify(filter)}`, async () => {
        const attrs = Object.entries(filter).map(([k, v]) => `${k}="${v}"`).join(' ');
        const el = await timelineEl(`<ac-event-timeline ${attrs}></ac-event-timeline>`);
        const expected = timeline(filter);
        expect(expected.length).to.be.above(0);
        expect(titles(el)).to.deep.equal(expected.map((e) => e.title));
      });
    }

    it('reacts to a filter attribute changing', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="abm-treaty"></ac-event-timeline>');
      el.setAttribute('treaty', 'start-i');
      await ready(el);
      await waitUntil(() => titles(el).join() === timeline({ treaty: 'start-i' }).map((e) => e.title).join(), 'start-i events');
    });

    it('links each event to its sources (publisher and title)', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="abm-treaty"></ac-event-timeline>');
      const first = timeline({ treaty: 'abm-treaty' })[0]!;
      const ids = [...new Set(first.evidence.map((e) => e.source))];
      const links = [...rows(el)[0]!.querySelectorAll('[part="sources"] a')] as HTMLAnchorElement[];
      expect(links.map((a) => a.href)).to.deep.equal(ids.map((id) => new URL(byId('sources', id)!.url).href));
      const s = byId('sources', ids[0]!)!;
      expect(text(links[0])).to.equal(`${s.publisher}: ${s.title}`);
    });

    it('shows a message when nothing matches', async () => {
      const el = await timelineEl('<ac-event-timeline actor="vladimir-putin" from="1900" to="1901"></ac-event-timeline>');
      expect(text(part(el, 'empty'))).to.equal('No events match these filters.');
    });
  });

  describe('by property', () => {
    it('orders a page\'s own events and shows each date at its precision', async () => {
      const el = await withEvents(
        [
          event('interval', '2014-03-24/2014-03-30', { earliest: '2014-03-24', latest: '2014-03-30' }),
          event('month', '2009-05', { earliest: '2009-05-01', latest: '2009-05-31' }),
          event('open', '../2009-03', { earliest: null, latest: '2009-03-31' }),
          event('day', '2009-05-07', { earliest: '2009-05-07', latest: '2009-05-07' }),
          event('approx', '2010~', { earliest: '2010-01-01', latest: '2010-12-31' }),
          event('season', '2011-21', { earliest: '2011-03-01', latest: '2011-05-31' }),
        ],
        {},
        [src],
      );
      expect(titles(el)).to.deep.equal(['Event open', 'Event month', 'Event day', 'Event approx', 'Event season', 'Event interval']);
      expect(rows(el).map((li) => text(li.querySelector('time')))).to.deep.equal(['by March 2009', 'May 2009', '7 May 2009', 'about 2010', 'spring 2011', '24–30 March 2014']);
      expect(rows(el).map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2009-03', '2009-05', '2009-05-07', '2010', '2011-03-01', '2014-03-24']);
      const a = rows(el)[0]!.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://example.org/talks');
      expect(text(a)).to.equal('Test Wire: Talks open');
    });

    it('applies the filters to a page\'s events', async () => {
      const el = await withEvents([event('a', '2009-05-07', { actors: ['nato'] }), event('b', '2009-06-01'), event('c', '2010-01-01')], { actor: 'russia', to: '2009' }, [src]);
      expect(titles(el)).to.deep.equal(['Event b']);
    });

    it('formats dates in the language of the nearest lang attribute', async () => {
      const el = document.createElement('ac-event-timeline');
      el.events = [event('x', '2014-03-24/2014-03-30')];
      el.sources = [src];
      const box = await fixture<HTMLElement>('<div lang="de"></div>');
      box.append(el);
      await ready(el);
      expect(text(rows(el)[0]!.querySelector('time'))).to.equal('24.–30. März 2014');
    });

    it('never links a source with a non-http(s) url, and renders text as text', async () => {
      const bad: Source = { ...src, url: 'javascript:alert(1)' };
      const el = await withEvents([event('x', '2009')], {}, [bad]);
      expect(rows(el)[0]!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'sources'))).to.contain('Test Wire: Talks open');
    });
  });

  describe('long timelines', () => {
    it('renders only the rows on screen for 1000 events, and scrolling reveals later ones', async () => {
      const el = await withEvents(manyEvents(1000), {}, [src]);
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      const first = rows(el);
      expect(first.length).to.be.above(0);
      expect(first.length).to.be.below(60);
      expect(first[0]!.getAttribute('aria-posinset')).to.equal('1');
      expect(first[0]!.getAttribute('aria-setsize')).to.equal('1000');
      expect(text(part(el, 'count'))).to.equal('1,000 events');
      // The list reserves the full height, so the page scrolls as if all rows were there.
      expect(part(el, 'list')!.getBoundingClientRect().height).to.be.above(1000 * 40);
      const list = part(el, 'list')!;
      const target = list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height * 0.7;
      scrollTo(0, target);
      await waitUntil(() => Number(rows(el)[0]!.getAttribute('aria-posinset')) > 500, 'window moved');
      await el.updateComplete;
      const later = rows(el);
      expect(later.length).to.be.below(60);
      const visible = later.find((li) => {
        const r = li.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      expect(visible, 'a row is on screen after scrolling').to.not.equal(undefined);
      // Rows above the window are not in the DOM either.
      expect(Number(later[0]!.getAttribute('aria-posinset'))).to.be.above(400);
      scrollTo(0, document.documentElement.scrollHeight);
      await waitUntil(() => rows(el).at(-1)?.getAttribute('aria-posinset') === '1000', 'last row rendered');
      expect(titles(el).at(-1)).to.equal('Event e-0999');
      scrollTo(0, 0);
    });

    it('keeps Tab moving forward through the rows of a windowed list', async () => {
      const el = await withEvents(manyEvents(300), {}, [src]);
      await new Promise((r) => requestAnimationFrame(r));
      const lastLink = () => rows(el).at(-1)!.querySelector('a')!;
      const before = rows(el).at(-1)!.getAttribute('aria-posinset');
      const link = lastLink();
      const linkText = text(link);
      link.focus(); // the browser scrolls the focused row into view…
      await waitUntil(() => rows(el).at(-1)!.getAttribute('aria-posinset') !== before, 'more rows after focus');
      // …the focused row stays in the DOM and focused, and rows after it exist for the next Tab.
      expect(shadow(el).activeElement).to.equal(link);
      // The focused link still belongs to its own event (rows never swap content as the window slides).
      expect(link.closest('li')!.getAttribute('aria-posinset')).to.equal(before);
      expect(text(link)).to.equal(linkText);
      expect(Number(rows(el).at(-1)!.getAttribute('aria-posinset'))).to.be.above(Number(before));
      scrollTo(0, 0);
    });

    it('does not window short lists (find-in-page sees every row)', async () => {
      const el = await withEvents(manyEvents(80), {}, [src]);
      expect(rows(el)).to.have.length(80);
      expect(part(el, 'count')).to.equal(null);
    });
  });

  describe('bad input', () => {
    const cases: [string, string, RegExp][] = [
      ['unknown actor id', 'actor="nobody-at-all"', /No actor record with the id "nobody-at-all"/],
      ['unknown treaty id', 'treaty="no-such-treaty"', /No treaty record with the id "no-such-treaty"/],
      ['malformed issue id', 'issue="Missile Defense"', /"issue" attribute "Missile Defense" is not a valid id/],
      ['empty treaty attribute', 'treaty=""', /"treaty" attribute is empty/],
      ['unparsable from', 'from="last spring"', /date "last spring" could not be read/],
      ['impossible to', 'to="2014-02-30"', /date "2014-02-30" could not be read/],
      ['empty from', 'from=""', /"from" attribute is empty/],
      ['from after to', 'from="2014" to="2009"', /"from" \(2014\) is after "to" \(2009\)/],
    ];
    for (const [name, attrs, message] of cases) {
      it(`${name}: error state, ac-error, fallback kept, no exception`, async () => {
        const errors = recordErrors();
        const box = document.createElement('div');
        const { messages: seen } = listenAcErrors(box);
        document.body.append(box);
        try {
          box.innerHTML = `<ac-event-timeline ${attrs}><ol><li>Fallback event</li></ol></ac-event-timeline>`;
          const el = await ready(box.firstElementChild as EventTimeline);
          await expectErrorState(el, message, seen);
          expect(el.innerText).to.contain('Fallback event');
          expect(errors.stop()).to.deep.equal([]);
        } finally {
          errors.stop();
          box.remove();
        }
      });
    }

    const props: [string, unknown, unknown, RegExp][] = [
      ['events not an array', 'e-1', undefined, /"events" property must be an array of event records, not a string/],
      ['an event without a date', [{ ...event('x', '2009'), date: undefined }], undefined, /has no valid "date"/],
      ['an event with an unreadable date', [event('x', 'spring 2009')], undefined, /date "spring 2009" could not be read/],
      ['HTML in an event title', [event('x', '2009', { title: '<img src=x onerror=alert(1)>' })], undefined, /"title" text .* contains HTML markup/],
      ['sources not an array', [event('x', '2009')], { id: 'x' }, /"sources" property must be an array/],
    ];
    for (const [name, events, sources, message] of props) {
      it(`${name}: error state, ac-error, no exception`, async () => {
        const errors = recordErrors();
        const seen: string[] = [];
        document.addEventListener('ac-error', (e) => seen.push((e as CustomEvent).detail.message), { once: true });
        const el = await withEvents(events, {}, sources);
        expect(text(part(el, 'error'))).to.match(message);
        expect(seen[0]).to.match(message);
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(errors.stop()).to.deep.equal([]);
      });
    }

    it('recovers from an error when the input is corrected', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="nope-nope"></ac-event-timeline>');
      expect(part(el, 'error')).to.not.equal(null);
      el.treaty = 'abm-treaty';
      await ready(el);
      expect(part(el, 'error')).to.equal(null);
      expect(rows(el).length).to.be.above(0);
    });
  });

  describe('accessibility and theming', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (${theme})`, async () => {
        const box = await fixture<HTMLElement>(`<div><ac-event-timeline theme="${theme}" treaty="abm-treaty"></ac-event-timeline><ac-event-timeline theme="${theme}" actor="no-body">fallback</ac-event-timeline></div>`);
        await Promise.all([...box.querySelectorAll('ac-event-timeline')].map((e) => ready(e)));
        const violations = await axe(box);
        expect(violations, formatViolations(violations)).to.deep.equal([]);
      });
    }

    it('has no axe violations when windowed', async () => {
      const el = await withEvents(manyEvents(200), {}, [src]);
      const violations = await axe(el);
      expect(violations, formatViolations(violations)).to.deep.equal([]);
    });

    it('can be themed through --ac-* custom properties', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="abm-treaty" style="--ac-accent: rgb(1, 2, 3); --ac-timeline-line: rgb(4, 5, 6); --ac-muted: rgb(7, 8, 9)"></ac-event-timeline>');
      const li = rows(el)[0]!;
      expect(getComputedStyle(li).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(li, '::before').backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(li.querySelector('time')!).color).to.equal('rgb(7, 8, 9)');
      expect(getComputedStyle(li.querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('source links are reachable by keyboard with a visible focus ring', async () => {
      const el = await timelineEl('<ac-event-timeline treaty="abm-treaty"></ac-event-timeline>');
      const a = rows(el)[0]!.querySelector('a')!;
      a.focus();
      expect(shadow(el).activeElement).to.equal(a);
      expect(a.tabIndex).to.equal(0);
    });
  });

  it('makes no requests to other origins', async () => {
    await timelineEl('<ac-event-timeline treaty="abm-treaty"></ac-event-timeline>');
    await noForeignRequests();
  });
});
