import { expect } from 'chai';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fixture, shadow, text } from '../test/fixture.js';
import { foreignRequests } from '../test/requests.js';

@customElement('ac-smoke-probe')
class SmokeProbe extends LitElement {
  @property() accessor name = 'world';
  override render() {
    return html`<p>Hello, ${this.name}</p>`;
  }
}

describe('test runner smoke test', () => {
  it('runs in a real Chromium with shadow DOM and custom elements', async () => {
    expect(navigator.userAgent).to.match(/Chrom(e|ium)\//);
    const el = await fixture<SmokeProbe>('<ac-smoke-probe name="Chromium"></ac-smoke-probe>');
    expect(el).to.be.instanceOf(SmokeProbe);
    expect(text(shadow(el).querySelector('p'))).to.equal('Hello, Chromium');
  });

  it('transpiles standard decorators with accessor (property changes re-render)', async () => {
    const el = await fixture<SmokeProbe>('<ac-smoke-probe></ac-smoke-probe>');
    el.name = 'again';
    await el.updateComplete;
    expect(text(shadow(el).querySelector('p'))).to.equal('Hello, again');
  });

  it('supports declarative shadow DOM through setHTMLUnsafe', async () => {
    const el = await fixture('<div><template shadowrootmode="open"><b>declared</b></template></div>');
    expect(text(shadow(el).querySelector('b'))).to.equal('declared');
  });

  it('records requests and finds none leaving the origin', async () => {
    await fetch(new URL('../package.json', import.meta.url)).then((r) => r.text());
    expect(await foreignRequests()).to.deep.equal([]);
  });

  it('sees a request to another origin as foreign (blocked by the host resolver)', async () => {
    await fetch('https://example.invalid/x.png').catch(() => undefined);
    expect(await foreignRequests()).to.include('https://example.invalid/x.png');
  });
});
