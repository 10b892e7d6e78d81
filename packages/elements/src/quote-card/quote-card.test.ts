import { expect } from 'chai';
import type { Actor, Quote, Source } from '@arms-control/data';
import { axe, formatViolations } from '../../test/axe.js';
import { errorBox, expectErrorState, fixture, listenAcErrors, oneEvent, recordErrors, shadow, text, visible, waitUntil } from '../../test/fixture.js';
import { foreignRequests } from '../../test/requests.js';
import type { AcQuoteCard } from './quote-card.js';

// The element is NOT imported statically: the first block checks the fallback with the element undefined.
const ID = 'putin-2009-05-07-russia-will-link';
const TEXT = 'Russia will, of course, link the questions of missile defense and everything that is related to that subject to the issue of strategic offensive arms.';
const SOURCE_URL_PREFIX = 'https://jamestown.org/';
const FALLBACK = `<blockquote class="fb"><p>${TEXT}</p><footer>— Vladimir Putin, May 2009</footer></blockquote>`;

const figure = (el: Element) => waitUntil(() => shadow(el).querySelector('figure'), 'the figure');

const quote: Quote = {
  id: 'page-quote',
  text: 'We will not bargain with the future of arms control.',
  speaker: 'jane-doe',
  speakerRole: 'Under Secretary of State',
  date: '2014-03',
  dateBasis: { method: 'explicit' },
  occasion: 'Senate hearing',
  issues: [],
  evidence: [{ source: 'page-source', excerpt: 'x', claim: 'reported-speech' }],
  earliest: '2014-03-01',
  latest: '2014-03-31',
};
const speaker: Actor = { id: 'jane-doe', name: 'Jane Doe', kind: 'person', description: 'x', evidence: [] };
const source: Source = { id: 'page-source', kind: 'transcript', title: 'Hearing transcript', publisher: 'Example Gazette', published: '2014-03-20', url: 'https://example.org/hearing', language: 'en' };

async function card(markup: string, options?: { lang?: string }) {
  return fixture<AcQuoteCard>(markup, options);
}

describe('ac-quote-card before it is defined', () => {
  it('shows the page’s own blockquote as fallback', async () => {
    expect(customElements.get('ac-quote-card')).to.equal(undefined);
    const el = await fixture(`<ac-quote-card quote="${ID}">${FALLBACK}</ac-quote-card>`);
    expect(el.shadowRoot).to.equal(null);
    expect(visible(el.querySelector('blockquote'))).to.equal(true);
    expect(text(el.querySelector('blockquote p'))).to.equal(TEXT);
  });
});

describe('ac-quote-card', () => {
  before(async () => {
    await import('./quote-card.js');
  });

  describe('by id', () => {
    it('upgrades the fallback in place and renders the record', async () => {
      const el = await card(`<ac-quote-card quote="${ID}">${FALLBACK}</ac-quote-card>`);
      const root = shadow(el);
      await figure(el);
      expect(text(root.querySelector('blockquote p'))).to.equal(TEXT);
      expect(text(root.querySelector('[part="speaker"]'))).to.equal('Vladimir Putin');
      expect(text(root.querySelector('[part="role"]'))).to.equal('Russian Prime Minister');
      expect(text(root.querySelector('[part="date"]'))).to.equal('7 May 2009');
      expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2009-05-07');
      expect(text(root.querySelector('[part="occasion"]'))).to.contain('Kyodo News');
      const link = root.querySelector<HTMLAnchorElement>('a[part="source"]')!;
      expect(link.href.startsWith(SOURCE_URL_PREFIX)).to.equal(true);
      expect(root.querySelector('blockquote')!.getAttribute('cite')).to.equal(link.href);
      expect(text(root.querySelector('.sources li'))).to.contain('Jamestown');
      // the fallback is no longer rendered once the card is there (no slot)
      expect(root.querySelector('slot')).to.equal(null);
      expect(visible(el.querySelector('blockquote'))).to.equal(false);
    });

    it('uses semantic figure/blockquote/figcaption with schema.org Quotation microdata', async () => {
      const el = await card(`<ac-quote-card quote="${ID}"></ac-quote-card>`);
      const fig = await figure(el);
      expect(fig.getAttribute('itemtype')).to.equal('https://schema.org/Quotation');
      expect(fig.hasAttribute('itemscope')).to.equal(true);
      expect(fig.querySelector(':scope > blockquote [itemprop="text"]')).to.not.equal(null);
      expect(fig.querySelector(':scope > figcaption')).to.not.equal(null);
      const by = fig.querySelector('[itemprop~="spokenByCharacter"]')!;
      expect(by.getAttribute('itemprop')!.split(' ')).to.include('author');
      expect(text(by.querySelector('[itemprop="name"]'))).to.equal('Vladimir Putin');
      expect(fig.querySelector('time[itemprop="dateCreated"]')).to.not.equal(null);
      expect(fig.querySelector('[itemprop="citation"] a[itemprop="url"]')).to.not.equal(null);
    });

    it('keeps the fallback visible while loading, then loads the newest id when it changes quickly', async () => {
      const el = await card(`<ac-quote-card quote="${ID}">${FALLBACK}</ac-quote-card>`);
      el.quote = 'putin-2009-05-07-umbrella';
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('figure') && !text(shadow(el).querySelector('blockquote')).includes('link the questions'), 'the second quote');
      expect(text(shadow(el).querySelector('[part="speaker"]'))).to.equal('Vladimir Putin');
      // give the first load every chance to land late: it must not overwrite
      await new Promise((r) => setTimeout(r, 50));
      expect(text(shadow(el).querySelector('blockquote'))).to.not.contain('link the questions');
    });

    it('requests nothing outside the page’s origin', async () => {
      const el = await card(`<ac-quote-card quote="${ID}"></ac-quote-card>`);
      await figure(el);
      expect(await foreignRequests()).to.deep.equal([]);
    });
  });

  describe('by property', () => {
    it('renders { quote, speaker, sources } synchronously without loading anything', async () => {
      const el = await card(`<ac-quote-card>${FALLBACK}</ac-quote-card>`);
      el.data = { quote, speaker, sources: [source] };
      await el.updateComplete;
      const root = shadow(el);
      expect(text(root.querySelector('blockquote p'))).to.equal(quote.text);
      expect(text(root.querySelector('[part="speaker"]'))).to.equal('Jane Doe');
      expect(text(root.querySelector('[part="date"]'))).to.equal('March 2014');
      expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2014-03');
      expect(text(root.querySelector('.sources li'))).to.equal('Hearing transcript — Example Gazette, 20 March 2014');
      expect(root.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://example.org/hearing');
    });

    it('takes precedence over the quote attribute', async () => {
      const el = await card(`<ac-quote-card quote="${ID}"></ac-quote-card>`);
      el.data = { quote, speaker, sources: [source] };
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(text(shadow(el).querySelector('blockquote p'))).to.equal(quote.text);
    });

    it('accepts a bare Quote record and resolves speaker and sources by id from the data package', async () => {
      const { quotes } = await import('@arms-control/data');
      const record = quotes.find((q) => q.id === ID)!;
      const el = await card('<ac-quote-card></ac-quote-card>');
      el.data = record;
      await figure(el);
      await waitUntil(() => text(shadow(el).querySelector('[part="speaker"]')) === 'Vladimir Putin', 'speaker resolved');
      expect(shadow(el).querySelector('a[part="source"]')).to.not.equal(null);
    });

    it('shows a speaker that is not in the data package as given, and no sources when none resolve', async () => {
      const el = await card('<ac-quote-card></ac-quote-card>');
      el.data = { quote: { ...quote, speaker: 'A. N. Other' } };
      await figure(el);
      expect(text(shadow(el).querySelector('[part="speaker"]'))).to.equal('A. N. Other');
      expect(shadow(el).querySelector('[part="sources"]')).to.equal(null);
      expect(shadow(el).querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    });

    it('renders every date precision honestly', async () => {
      const cases: [string, string][] = [
        ['2009', '2009'],
        ['2009-05', 'May 2009'],
        ['2009-05-07', '7 May 2009'],
        ['2009-21', 'spring 2009'],
        ['2009-05~', 'about May 2009'],
        ['2009-05?', 'May 2009?'],
        ['2014-03-24/2014-03-30', '24–30 March 2014'],
        ['../2009-03', 'by March 2009'],
      ];
      const el = await card('<ac-quote-card></ac-quote-card>');
      for (const [date, expected] of cases) {
        el.data = { quote: { ...quote, date }, speaker, sources: [] };
        await el.updateComplete;
        expect(text(shadow(el).querySelector('[part="date"]')), date).to.equal(expected);
      }
    });

    it('renders text as text, never as HTML', async () => {
      const el = await card('<ac-quote-card></ac-quote-card>');
      el.data = { quote: { ...quote, text: 'If a < b & c > d, then "yes"' }, speaker, sources: [source] };
      await el.updateComplete;
      expect(text(shadow(el).querySelector('blockquote p'))).to.equal('If a < b & c > d, then "yes"');
    });

    it('marks translated quotations', async () => {
      const el = await card('<ac-quote-card></ac-quote-card>');
      el.data = { quote: { ...quote, translated: true }, speaker, sources: [source] };
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.translated'))).to.equal('(translation)');
    });
  });

  describe('variant', () => {
    it('compact shows one caption line: speaker, date and the first source’s publisher', async () => {
      const el = await card('<ac-quote-card variant="compact"></ac-quote-card>');
      el.data = { quote, speaker, sources: [source, { ...source, id: 'second', publisher: 'Second Paper' }] };
      await el.updateComplete;
      const root = shadow(el);
      expect(root.querySelector('[part="role"]')).to.equal(null);
      expect(root.querySelector('[part="occasion"]')).to.equal(null);
      expect(root.querySelectorAll('a[part="source"]').length).to.equal(1);
      expect(text(root.querySelector('figcaption'))).to.equal('— Jane Doe, March 2014 · Example Gazette');
    });

    it('full shows role, occasion and every source', async () => {
      const el = await card('<ac-quote-card variant="full"></ac-quote-card>');
      el.data = { quote, speaker, sources: [source, { ...source, id: 'second', publisher: 'Second Paper' }] };
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('a[part="source"]').length).to.equal(2);
      expect(text(shadow(el).querySelector('[part="occasion"]'))).to.equal('Senate hearing');
    });
  });

  describe('bad input: error state, ac-error, fallback kept, no exception', () => {
    const cases: [string, string, (el: AcQuoteCard) => void, RegExp][] = [
      ['unknown id', `quote="no-such-quote"`, () => {}, /No quote record with the id "no-such-quote"/],
      ['empty attribute', `quote=""`, () => {}, /"quote" attribute is empty/],
      ['whitespace attribute', `quote="   "`, () => {}, /"quote" attribute is empty/],
      ['malformed id', `quote="Not An Id!"`, () => {}, /"Not An Id!" is not a valid id/],
      ['path-like id', `quote="../quotes/x"`, () => {}, /is not a valid id/],
      ['wrong property type: string', '', (el) => ((el as { data: unknown }).data = 'putin'), /"data" property must be a quote record, not a string/],
      ['wrong property type: number', '', (el) => ((el as { data: unknown }).data = 42), /, not a number/],
      ['wrong property type: array', '', (el) => ((el as { data: unknown }).data = [quote]), /, not an array/],
      ['record without text', '', (el) => ((el as { data: unknown }).data = { quote: { ...quote, text: '' } }), /no valid "text"/],
      ['unparsable date', '', (el) => (el.data = { quote: { ...quote, date: '2014-13-45' }, speaker, sources: [] }), /date "2014-13-45" could not be read/],
      ['date in prose', '', (el) => (el.data = { quote: { ...quote, date: 'last spring' }, speaker, sources: [] }), /date "last spring" could not be read/],
      ['HTML in the quote text', '', (el) => (el.data = { quote: { ...quote, text: 'Hi <img src=x onerror="window.__pwned=1">' }, speaker, sources: [] }), /"text" text of the quote record contains HTML/],
      ['HTML in the speaker name', '', (el) => (el.data = { quote, speaker: { ...speaker, name: '<b>Jane</b>' }, sources: [] }), /"name" text of the actor record contains HTML/],
      ['javascript: source URL', '', (el) => (el.data = { quote, speaker, sources: [{ ...source, url: 'javascript:alert(1)' }] }), /no valid "url"/],
      ['sources not an array', '', (el) => ((el as { data: unknown }).data = { quote, speaker, sources: source }), /"data.sources" property must be an array/],
      ['wrong speaker type', '', (el) => ((el as { data: unknown }).data = { quote, speaker: 'Jane' }), /"data.speaker" property must be a actor record|"data.speaker" property must be an? actor record/],
      ['unknown variant', `quote="${ID}" variant="huge"`, () => {}, /"variant" property must be "full" or "compact", not "huge"/],
    ];

    for (const [name, attrs, act, message] of cases) {
      it(name, async () => {
        const errors = recordErrors();
        const { messages: heard, stop } = listenAcErrors();
        try {
          const el = await card(`<ac-quote-card ${attrs}>${FALLBACK}</ac-quote-card>`);
          act(el);
          await el.updateComplete;
          const box = await expectErrorState(el, message, heard);
          expect(getComputedStyle(box).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(visible(el.querySelector('blockquote.fb')), 'fallback visible').to.equal(true);
          expect(shadow(el).querySelector('figure')).to.equal(null);
          expect(shadow(el).querySelector('img')).to.equal(null);
          expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        } finally {
          stop();
          expect(errors.stop()).to.deep.equal([]);
        }
      });
    }

    it('leaves the error state when the input becomes valid', async () => {
      const el = await card(`<ac-quote-card quote="no-such-quote">${FALLBACK}</ac-quote-card>`);
      await errorBox(el);
      el.quote = ID;
      await figure(el);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      el.variant = 'huge' as never;
      await el.updateComplete;
      await errorBox(el);
      el.variant = 'compact';
      await figure(el);
    });

    it('fires ac-error as a composed, bubbling event with a message', async () => {
      const el = await card('<ac-quote-card></ac-quote-card>');
      const event = oneEvent<CustomEvent<{ message: string }>>(el, 'ac-error');
      el.quote = '';
      const e = await event;
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(e.detail.message).to.match(/empty/);
    });
  });

  describe('locale and strings', () => {
    it('formats dates in the nearest lang', async () => {
      const de = await card(`<ac-quote-card quote="${ID}"></ac-quote-card>`, { lang: 'de' });
      await figure(de);
      expect(text(shadow(de).querySelector('[part="date"]'))).to.equal('7. Mai 2009');
      const us = await card(`<ac-quote-card quote="${ID}" lang="en-US"></ac-quote-card>`);
      await figure(us);
      expect(text(shadow(us).querySelector('[part="date"]'))).to.equal('May 7, 2009');
    });

    it('falls back to English for an invalid lang', async () => {
      const el = await card(`<ac-quote-card quote="${ID}" lang="not a language!"></ac-quote-card>`);
      await figure(el);
      expect(text(shadow(el).querySelector('[part="date"]'))).to.equal('7 May 2009');
    });

    it('lets the page override the English strings', async () => {
      const el = await card('<ac-quote-card></ac-quote-card>');
      el.strings = { translated: 'traduction', approximate: 'vers {date}', unknownId: 'Inconnu : {value}' };
      el.data = { quote: { ...quote, date: '2009-05~', translated: true }, speaker, sources: [] };
      await el.updateComplete;
      expect(text(shadow(el).querySelector('.translated'))).to.equal('(traduction)');
      expect(text(shadow(el).querySelector('[part="date"]'))).to.equal('vers May 2009');
      el.data = undefined;
      el.quote = 'nope-nope';
      await el.updateComplete;
      expect(text(await errorBox(el))).to.equal('Inconnu : nope-nope');
    });
  });

  describe('theming', () => {
    it('applies --ac-* custom properties', async () => {
      const el = await card(`<ac-quote-card quote="${ID}" style="--ac-accent: rgb(1, 2, 3); --ac-fg: rgb(4, 5, 6); --ac-bg: rgb(250, 240, 230); --ac-radius: 3px"></ac-quote-card>`);
      const fig = await figure(el);
      const bq = shadow(el).querySelector('blockquote')!;
      expect(getComputedStyle(bq).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(fig).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(fig).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(fig).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(shadow(el).querySelector('a')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('switches palette with theme=dark and theme=light, and custom properties still win in dark', async () => {
      const light = await card(`<ac-quote-card quote="${ID}" theme="light"></ac-quote-card>`);
      const dark = await card(`<ac-quote-card quote="${ID}" theme="dark"></ac-quote-card>`);
      const bg = async (el: Element) => getComputedStyle(await figure(el)).backgroundColor;
      expect(await bg(light)).to.equal('rgb(255, 255, 255)');
      expect(await bg(dark)).to.equal('rgb(22, 27, 34)');
      dark.style.setProperty('--ac-bg', 'rgb(0, 0, 1)');
      expect(await bg(dark)).to.equal('rgb(0, 0, 1)');
    });

    it('exposes ::part for structural pieces', async () => {
      const style = document.createElement('style');
      style.textContent = 'ac-quote-card.parted::part(quote) { font-size: 31px } ac-quote-card.parted::part(speaker) { text-transform: uppercase }';
      document.head.append(style);
      try {
        const el = await card(`<ac-quote-card class="parted" quote="${ID}"></ac-quote-card>`);
        await figure(el);
        expect(getComputedStyle(shadow(el).querySelector('blockquote')!).fontSize).to.equal('31px');
        expect(getComputedStyle(shadow(el).querySelector('[part="speaker"]')!).textTransform).to.equal('uppercase');
      } finally {
        style.remove();
      }
    });

    it('uses logical properties: the quote bar moves to the right on right-to-left pages', async () => {
      const el = await card(`<div dir="rtl"><ac-quote-card quote="${ID}"></ac-quote-card></div>`);
      const qc = el.querySelector('ac-quote-card')!;
      await figure(qc);
      const bq = getComputedStyle(shadow(qc).querySelector('blockquote')!);
      expect(bq.borderRightWidth).to.equal('4px');
      expect(bq.borderLeftWidth).to.equal('0px');
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark'])
      for (const variant of ['full', 'compact']) {
        it(`has no violations: ${variant}, ${theme}`, async () => {
          const el = await card(`<ac-quote-card quote="${ID}" theme="${theme}" variant="${variant}"></ac-quote-card>`);
          await figure(el);
          document.body.style.background = theme === 'dark' ? '#000' : '#fff';
          const v = await axe(el);
          document.body.style.background = '';
          expect(v, formatViolations(v)).to.deep.equal([]);
        });
      }

    for (const theme of ['light', 'dark'])
      it(`has no violations in the error state (${theme})`, async () => {
        const el = await card(`<ac-quote-card quote="no-such-quote" theme="${theme}">${FALLBACK}</ac-quote-card>`);
        await errorBox(el);
        const v = await axe(el);
        expect(v, formatViolations(v)).to.deep.equal([]);
      });

    it('source links are keyboard focusable with a visible focus ring', async () => {
      const el = await card(`<ac-quote-card quote="${ID}"></ac-quote-card>`);
      await figure(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[part="source"]')!;
      link.focus();
      expect(shadow(el).activeElement).to.equal(link);
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(link).outlineWidth)).to.be.at.least(2);
    });
  });

  it('survives being defined twice (a second copy of the module)', async () => {
    const errors = recordErrors();
    // @ts-expect-error query string makes a second module instance
    await import('./quote-card.js?second-copy');
    expect(customElements.get('ac-quote-card')).to.not.equal(undefined);
    expect(errors.stop()).to.deep.equal([]);
  });
});
