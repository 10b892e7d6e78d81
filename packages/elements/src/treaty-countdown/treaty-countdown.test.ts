import { expect } from 'chai';
import { treatyMilestones } from '@arms-control/data';
import type { Event, Treaty } from '@arms-control/data/types';
import { clock, UNIT_MS } from '../shared/clock.js';
import { FakeTime, restorePageVisibility, setPageHidden } from '../../test/fake-time.js';
import { expectErrorState, fixture, listenAcErrors, part, recordErrors, shadow, text, waitUntil } from '../../test/fixture.js';
import { axe, formatViolations } from '../../test/axe.js';
import { noForeignRequests } from '../../test/requests.js';
import type { TreatyCountdown } from './treaty-countdown.js';

const DAY = UNIT_MS.day;
const TODAY = Date.UTC(2026, 10, 22, 10, 30, 15); // 2026-11-22T10:30:15Z

const partText = (el: Element, name: string) => text(part(el, name));
const sentence = (el: Element) => text(shadow(el).querySelector('.visually-hidden'));

/** Waits until a countdown has rendered its data (or its error). */
async function ready(el: TreatyCountdown): Promise<TreatyCountdown> {
  await waitUntil(() => part(el, 'base') || part(el, 'error'), 'countdown rendered');
  await el.updateComplete;
  return el;
}

async function countdown(markup: string, lang?: string): Promise<TreatyCountdown> {
  return ready(await fixture<TreatyCountdown>(markup, lang ? { lang } : {}));
}

/** A New START–like treaty the page brings itself: extended once, suspended by one party. */
const newStart: Treaty = {
  id: 'new-start',
  name: 'New START',
  fullName: 'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
  parties: ['united-states', 'russia'],
  signed: '2010-04-08',
  enteredIntoForce: '2011-02-05',
  expires: '2021-02-05',
  description: 'Test record.',
  evidence: [],
};
const ev = (id: string, date: string, action: NonNullable<Event['treatyActions']>[number]): Event => ({
  id,
  title: id,
  kind: 'treaty-action',
  date,
  dateBasis: { method: 'explicit' },
  description: id,
  actors: [],
  issues: [],
  treaties: ['new-start'],
  treatyActions: [action],
  evidence: [],
  earliest: date,
  latest: date,
});
const newStartEvents: Event[] = [
  ev('extension', '2021-02-03', { treaty: 'new-start', action: 'extended', expires: '2026-02-05' }),
  ev('suspension', '2023-02-21', { treaty: 'new-start', action: 'suspended', party: 'russia' }),
];

describe('<ac-treaty-countdown>', () => {
  let time: FakeTime;

  beforeEach(() => {
    time = new FakeTime(TODAY);
    clock.use(time);
  });

  afterEach(() => {
    restorePageVisibility();
    clock.use();
  });

  it('shows its fallback sentence while the element is undefined, then upgrades it', async () => {
    expect(customElements.get('ac-treaty-countdown')).to.equal(undefined);
    const el = await fixture<HTMLElement>('<ac-treaty-countdown date="2026-11-25" label="Deadline">Deadline on <time datetime="2026-11-25">25 November 2026</time>.</ac-treaty-countdown>');
    expect(el.shadowRoot).to.equal(null);
    expect(el.innerText).to.contain('25 November 2026');
    expect(el.getBoundingClientRect().height).to.be.above(0);
    await import('./treaty-countdown.js');
    await ready(el as TreatyCountdown);
    expect(partText(el, 'label')).to.equal('Deadline');
    // The light-DOM fallback is kept in the document (for feeds, search engines, no-JS readers).
    expect(el.querySelector('time')?.getAttribute('datetime')).to.equal('2026-11-25');
  });

  describe('date + label', () => {
    it('counts down in days, hours, minutes and seconds before the deadline', async () => {
      const el = await countdown('<ac-treaty-countdown date="2026-11-25" label="Review conference"></ac-treaty-countdown>');
      // 2026-11-25T00:00Z − 2026-11-22T10:30:15Z = 2 d 13 h 29 min 45 s
      const units = [...shadow(el).querySelectorAll('[part="unit"]')].map(text);
      expect(units).to.deep.equal(['2 days', '13 hours', '29 minutes', '45 seconds']);
      expect(partText(el, 'caption')).to.equal('until 25 November 2026');
      expect(part(el, 'caption')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-25');
      expect(sentence(el)).to.equal('Review conference: 25 November 2026, in 3 days.');
      time.advance(1000);
      await el.updateComplete;
      expect(text(shadow(el).querySelectorAll('[part="unit"]')[3])).to.equal('44 seconds');
    });

    it('keeps the ticking digits away from screen readers and the sentence stable all day', async () => {
      const el = await countdown('<ac-treaty-countdown date="2026-11-25" label="Review conference"></ac-treaty-countdown>');
      const digits = part(el, 'time')!;
      expect(digits.getAttribute('aria-hidden')).to.equal('true');
      const node = shadow(el).querySelector('.visually-hidden')!;
      expect(node.getAttribute('aria-live')).to.equal(null);
      const before = sentence(el);
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      observer.observe(node, { subtree: true, characterData: true, childList: true });
      time.advance(10 * 60_000);
      await el.updateComplete;
      expect(sentence(el)).to.equal(before);
      expect(mutations).to.equal(0);
      // The next UTC day the sentence changes.
      time.advance(DAY);
      await el.updateComplete;
      observer.disconnect();
      expect(sentence(el)).to.equal('Review conference: 25 November 2026, in 2 days.');
    });

    it('switches at the deadline to time elapsed and fires ac-expire exactly once', async () => {
      const deadline = TODAY + 5000;
      const iso = new Date(deadline).toISOString();
      const el = await countdown(`<ac-treaty-countdown date="${iso}" label="Launch"></ac-treaty-countdown>`);
      const fired: CustomEvent[] = [];
      el.addEventListener('ac-expire', (e) => fired.push(e as CustomEvent));
      time.advance(4000);
      await el.updateComplete;
      expect(text(shadow(el).querySelectorAll('[part="unit"]')[3])).to.equal('1 second');
      expect(fired).to.have.length(0);
      time.advance(1000); // exactly at the deadline
      await el.updateComplete;
      expect(fired).to.have.length(1);
      expect(fired[0]!.detail.deadline).to.equal(iso);
      expect(fired[0]!.bubbles && fired[0]!.composed).to.equal(true);
      expect(partText(el, 'time')).to.equal('passed now');
      expect(shadow(el).querySelectorAll('[part="unit"]')).to.have.length(0);
      time.advance(3000);
      await el.updateComplete;
      expect(partText(el, 'time')).to.equal('passed 3 seconds ago');
      time.advance(3 * DAY);
      await el.updateComplete;
      expect(partText(el, 'time')).to.equal('passed 3 days ago');
      // Re-rendering, hiding and showing the page never fires it again.
      setPageHidden(true);
      setPageHidden(false);
      el.label = 'Launch!';
      await el.updateComplete;
      time.advance(DAY);
      await el.updateComplete;
      expect(fired).to.have.length(1);
    });

    it('subscribes with the coarsest unit it shows (days after the deadline)', async () => {
      const el = await countdown('<ac-treaty-countdown date="2026-02-05" label="New START expiry"></ac-treaty-countdown>');
      expect(partText(el, 'time')).to.equal('passed 290 days ago');
      // One timer, set for the next day boundary counted from the deadline — not for the next second.
      expect(time.pending).to.equal(1);
      expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
    });

    it('with precision="day" ticks once a day before the deadline', async () => {
      const el = await countdown('<ac-treaty-countdown precision="day" date="2026-12-31" label="Year end"></ac-treaty-countdown>');
      // 38 days 13 hours left: rounded up to the finest unit shown.
      expect([...shadow(el).querySelectorAll('[part="unit"]')].map(text)).to.deep.equal(['39 days']);
      expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
      time.advance(DAY);
      await el.updateComplete;
      expect([...shadow(el).querySelectorAll('[part="unit"]')].map(text)).to.deep.equal(['38 days']);
    });

    it('does not fire ac-expire for a deadline already past when it loads', async () => {
      let fired = 0;
      document.addEventListener('ac-expire', () => fired++);
      await countdown('<ac-treaty-countdown date="2026-11-01" label="Past"></ac-treaty-countdown>');
      time.advance(2 * DAY);
      expect(fired).to.equal(0);
    });

    it('pauses while the page is hidden and catches up (with ac-expire) on return', async () => {
      const el = await countdown('<ac-treaty-countdown date="2026-11-22T10:31:00Z" label="Soon"></ac-treaty-countdown>');
      let fired = 0;
      el.addEventListener('ac-expire', () => fired++);
      setPageHidden(true);
      expect(time.pending).to.equal(0);
      time.advance(2 * 60_000); // the deadline passes while hidden
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect([...shadow(el).querySelectorAll('[part="unit"]')].map(text)).to.include('45 seconds');
      setPageHidden(false);
      await el.updateComplete;
      expect(fired).to.equal(1);
      expect(partText(el, 'time')).to.equal('passed 1 minute ago');
      expect(time.pending).to.equal(1);
    });

    it('runs 50 countdowns on one timer, and none once they are gone', async () => {
      const markup = Array.from({ length: 50 }, (_, i) => `<ac-treaty-countdown date="2026-12-${String((i % 28) + 1).padStart(2, '0')}" label="D${i}"></ac-treaty-countdown>`).join('');
      const box = await fixture<HTMLElement>(`<div>${markup}</div>`);
      const els = [...box.querySelectorAll('ac-treaty-countdown')];
      await Promise.all(els.map((e) => ready(e)));
      expect(clock.size).to.equal(50);
      expect(time.pending).to.equal(1);
      const before = time.scheduled;
      time.advance(10_000);
      await Promise.all(els.map((e) => e.updateComplete));
      // Ten seconds: ten wake-ups for all fifty, not five hundred.
      expect(time.scheduled - before).to.equal(10);
      expect(text(els[49]!.shadowRoot!.querySelectorAll('[part="unit"]')[3])).to.equal('35 seconds');
      box.remove();
      expect(clock.size).to.equal(0);
      expect(time.pending).to.equal(0);
    });

    it('formats through Intl in the language of the nearest lang attribute, with overridable strings', async () => {
      const el = await countdown('<ac-treaty-countdown date="2026-11-25" label="Frist"></ac-treaty-countdown>', 'de');
      expect([...shadow(el).querySelectorAll('[part="unit"]')].map(text)).to.deep.equal(['2 Tage', '13 Stunden', '29 Minuten', '45 Sekunden']);
      el.strings = { until: 'bis {date}', sentenceDateBefore: '{name}: {date}, {in}.' };
      await el.updateComplete;
      expect(partText(el, 'caption')).to.equal('bis 25. November 2026');
      expect(sentence(el)).to.equal('Frist: 25. November 2026, in 3 Tagen.');
    });
  });

  describe('treaty by id', () => {
    it('shows START I expired, with status, lifetime bar and history', async () => {
      const el = await countdown('<ac-treaty-countdown treaty="start-i"></ac-treaty-countdown>');
      const days = Math.floor(TODAY / DAY) - Date.UTC(2009, 11, 5) / DAY;
      expect(partText(el, 'label')).to.equal('START I');
      expect(partText(el, 'time')).to.equal(`expired ${days.toLocaleString('en')} days ago`);
      expect(partText(el, 'status')).to.equal('Expired since 5 December 2009');
      expect(sentence(el)).to.equal(`START I ended on 5 December 2009, ${days.toLocaleString('en')} days ago.`);
      const fill = part(el, 'bar-fill') as HTMLElement;
      const today = part(el, 'bar-today') as HTMLElement;
      expect(parseFloat(fill.style.inlineSize)).to.be.within(30, 60);
      expect(today.style.insetInlineStart).to.equal('100%');
      const history = part(el, 'history')!;
      const items = [...history.querySelectorAll('li')].map(text);
      expect(items).to.have.length(treatyMilestones('start-i').length);
      expect(items.slice(0, 2)).to.deep.equal(['31 July 1991: Signed', '5 December 1994: Entered into force']);
      expect(history.querySelector('time')!.getAttribute('datetime')).to.equal('1991-07-31');
      expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
    });

    it('counts a terminated treaty without expiry (ABM, withdrawn) from its end', async () => {
      const el = await countdown('<ac-treaty-countdown treaty="abm-treaty"></ac-treaty-countdown>');
      const days = Math.floor(TODAY / DAY) - Date.UTC(2002, 5, 13) / DAY;
      expect(partText(el, 'time')).to.equal(`ended ${days.toLocaleString('en')} days ago`);
      expect(partText(el, 'status')).to.equal('Terminated since 13 June 2002');
      expect(sentence(el)).to.equal(`ABM Treaty ended on 13 June 2002, ${days.toLocaleString('en')} days ago.`);
      expect(text(part(el, 'history'))).to.contain('Withdrawn by United States');
      expect(part(el, 'bar')).to.not.equal(null);
    });
  });

  describe('treaty by property', () => {
    it('counts down to the extended expiry, shows the suspension and the extension history', async () => {
      time.jump(Date.UTC(2025, 11, 1));
      const el = await fixture<TreatyCountdown>('<ac-treaty-countdown precision="minute"></ac-treaty-countdown>');
      el.data = { treaty: newStart, events: newStartEvents };
      await el.updateComplete;
      await ready(el);
      expect(partText(el, 'status')).to.equal('Suspended since 21 February 2023');
      expect([...shadow(el).querySelectorAll('[part="unit"]')].map(text)).to.deep.equal(['66 days', '0 hours', '0 minutes']);
      expect(partText(el, 'caption')).to.equal('until expiry on 5 February 2026');
      expect([...part(el, 'history')!.querySelectorAll('li')].map(text)).to.deep.equal([
        '8 April 2010: Signed',
        '5 February 2011: Entered into force',
        '3 February 2021: Extended until 5 February 2026',
        '21 February 2023: Suspended by Russia',
      ]);
    });

    it('shows a treaty of unlimited duration still in force without a deadline', async () => {
      const el = await fixture<TreatyCountdown>('<ac-treaty-countdown></ac-treaty-countdown>');
      el.data = { treaty: { ...newStart, id: 'forever', name: 'Forever Treaty', expires: null }, events: [] };
      await el.updateComplete;
      await ready(el);
      expect(partText(el, 'time')).to.equal('no expiry date');
      expect(partText(el, 'status')).to.equal('In force since 5 February 2011');
      expect(part(el, 'bar')).to.equal(null);
    });

    it('at the expiry switches status to expired and shows elapsed time: New START on 2026-11-22', async () => {
      const el = await fixture<TreatyCountdown>('<ac-treaty-countdown></ac-treaty-countdown>');
      el.data = { treaty: newStart, events: newStartEvents };
      await el.updateComplete;
      await ready(el);
      expect(partText(el, 'time')).to.equal('expired 290 days ago');
      expect(partText(el, 'status')).to.equal('Expired since 5 February 2026');
      expect(sentence(el)).to.equal('New START ended on 5 February 2026, 290 days ago.');
    });

    it('fires ac-expire when the extended expiry passes on the page', async () => {
      time.jump(Date.UTC(2026, 1, 4, 23, 59, 58));
      const el = await fixture<TreatyCountdown>('<ac-treaty-countdown></ac-treaty-countdown>');
      el.data = { treaty: newStart, events: newStartEvents };
      await el.updateComplete;
      await ready(el);
      let fired = 0;
      el.addEventListener('ac-expire', () => fired++);
      expect(partText(el, 'status')).to.match(/^Suspended/);
      time.advance(2000);
      await el.updateComplete;
      expect(fired).to.equal(1);
      expect(partText(el, 'status')).to.equal('Expired since 5 February 2026');
    });
  });

  describe('bad input', () => {
    const cases: [string, string, RegExp][] = [
      ['unknown treaty id', '<ac-treaty-countdown treaty="no-such-treaty">', /No treaty record with the id "no-such-treaty"/],
      ['malformed treaty id', '<ac-treaty-countdown treaty="New START!">', /not a valid id/],
      ['empty treaty attribute', '<ac-treaty-countdown treaty="">', /"treaty" attribute is empty/],
      ['unparsable date', '<ac-treaty-countdown date="next tuesday" label="X">', /date "next tuesday" could not be read/],
      ['impossible day', '<ac-treaty-countdown date="2026-02-30" label="X">', /date "2026-02-30" could not be read/],
      ['empty date', '<ac-treaty-countdown date=" " label="X">', /"date" attribute is empty/],
      ['empty label', '<ac-treaty-countdown date="2026-12-01" label="">', /"label" attribute is empty/],
      ['missing label', '<ac-treaty-countdown date="2026-12-01">', /"label" attribute is empty/],
      ['HTML in the label', '<ac-treaty-countdown date="2026-12-01" label="<img src=x onerror=alert(1)>">', /contains HTML markup/],
      ['unknown precision', '<ac-treaty-countdown date="2026-12-01" label="X" precision="weeks">', /"precision" must be second, minute, hour or day, not "weeks"/],
      ['nothing to count down to', '<ac-treaty-countdown>', /Nothing to count down to/],
    ];
    for (const [name, open, message] of cases) {
      it(`${name}: error state, ac-error, fallback kept, no exception`, async () => {
        const errors = recordErrors();
        const box = document.createElement('div');
        const { messages: seen } = listenAcErrors(box);
        document.body.append(box);
        try {
          box.innerHTML = `${open}Fallback on <time datetime="2026-02-05">5 February 2026</time>.</ac-treaty-countdown>`;
          const el = await ready(box.firstElementChild as TreatyCountdown);
          await expectErrorState(el, message, seen);
          const slot = shadow(el).querySelector('slot')!;
          expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.contain('5 February 2026');
          expect(el.innerText).to.contain('5 February 2026');
          expect(shadow(el).querySelector('img')).to.equal(null);
          expect(errors.stop()).to.deep.equal([]);
        } finally {
          errors.stop();
          box.remove();
        }
      });
    }

    it('wrong data property types', async () => {
      const el = await fixture<TreatyCountdown>('<ac-treaty-countdown>fallback</ac-treaty-countdown>');
      const messages: string[] = [];
      el.addEventListener('ac-error', (e) => messages.push((e as CustomEvent).detail.message));
      for (const bad of ['new-start', { treaty: { id: 'x' } }, { treaty: newStart, events: 'none' }, { treaty: newStart, events: [{ id: 'e' }] }, null]) {
        el.data = bad as never;
        await el.updateComplete;
        expect(part(el, 'error'), JSON.stringify(bad)).to.not.equal(null);
      }
      expect(messages).to.have.length(5);
      expect(messages[0]).to.match(/"data" property must be an object/);
      expect(messages[2]).to.match(/"data.events" property must be an array/);
      // A good value clears the error.
      el.data = { treaty: newStart, events: newStartEvents };
      await waitUntil(() => part(el, 'base'), 'recovered');
      expect(part(el, 'error')).to.equal(null);
    });
  });

  describe('accessibility and theming', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations (${theme}), before and after the deadline`, async () => {
        const box = await fixture<HTMLElement>(
          `<div style="background:${theme === 'dark' ? '#0d1117' : '#fff'};padding:8px"><ac-treaty-countdown theme="${theme}" treaty="start-i"></ac-treaty-countdown><ac-treaty-countdown theme="${theme}" date="2026-12-01" label="Soon"></ac-treaty-countdown><ac-treaty-countdown theme="${theme}" treaty="nope">fallback</ac-treaty-countdown></div>`,
        );
        await Promise.all([...box.querySelectorAll('ac-treaty-countdown')].map((e) => ready(e)));
        const details = part(box.querySelector('ac-treaty-countdown')!, 'history') as HTMLDetailsElement;
        details.open = true;
        const violations = await axe(box);
        expect(violations, formatViolations(violations)).to.deep.equal([]);
      });
    }

    it('can be themed through --ac-* custom properties and ::part', async () => {
      const el = await countdown('<ac-treaty-countdown treaty="start-i" style="--ac-accent: rgb(1, 2, 3); --ac-countdown-size: 40px"></ac-treaty-countdown>');
      expect(getComputedStyle(part(el, 'bar-fill')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'time')!).fontSize).to.equal('40px');
      const dark = await countdown('<ac-treaty-countdown theme="dark" treaty="start-i"></ac-treaty-countdown>');
      expect(getComputedStyle(part(dark, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    });

    it('the history is keyboard operable', async () => {
      const el = await countdown('<ac-treaty-countdown treaty="start-i"></ac-treaty-countdown>');
      const summary = shadow(el).querySelector('summary')!;
      summary.focus();
      expect(shadow(el).activeElement).to.equal(summary);
    });
  });

  it('makes no requests to other origins', async () => {
    await countdown('<ac-treaty-countdown treaty="start-i"></ac-treaty-countdown>');
    await noForeignRequests();
  });
});
