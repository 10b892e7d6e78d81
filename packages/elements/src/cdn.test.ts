// The built CDN bundle (dist/cdn, from `pnpm build`) on a plain HTML page: one module script, no import map.
import { expect } from 'chai';
import { shadow, text, waitUntil } from '../test/fixture.js';
import { foreignRequests, requestedUrls } from '../test/requests.js';

describe('CDN bundle (dist/cdn/arms-control-elements.js)', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = new URL('../test/cdn-page.html', import.meta.url).href;
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('defines every element of the manifest', async () => {
    const manifest = await (await fetch(new URL('../dist/custom-elements.json', import.meta.url))).json();
    const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    expect(tags).to.include('ac-quote-card');
    const win = frame.contentWindow!;
    await waitUntil(() => win.customElements.get('ac-quote-card'), 'the bundle to run');
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('resolves a quote id from its lazily loaded data chunk', async () => {
    const card = frame.contentDocument!.querySelector('ac-quote-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('figure'), 'the card to render', 5000);
    expect(text(shadow(card).querySelector('[part="speaker"]'))).to.equal('Vladimir Putin');
    const urls = await requestedUrls();
    const cdn = urls.filter((u) => u.includes('/dist/cdn/'));
    expect(cdn.some((u) => /\/dist\/cdn\/putin-2009-05-07-russia-will-link-[A-Z0-9]+\.js$/.test(u)), cdn.join('\n')).to.equal(true);
    // only the records the page needs are fetched, not the whole dataset
    expect(cdn.length).to.be.below(12);
  });

  it('makes no request outside the page’s origin', async () => {
    expect(await foreignRequests()).to.deep.equal([]);
  });
});
