// Hydration of server-rendered HTML for every SSR fixture (test/ssr-fixtures.ts).
// The hydrate support must be evaluated before LitElement, so it is the first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from 'chai';
import type { LitElement } from 'lit';
import { recordErrors, text } from '../test/fixture.js';
import { ssrFixtures } from '../test/ssr-fixtures.js';

describe('SSR hydration', () => {
  for (const fixture of ssrFixtures) {
    it(`hydrates ${fixture.name} without errors`, async () => {
      const html = (await executeServerCommand('ac-ssr-render', { name: fixture.name })) as string;
      expect(html).to.contain(`<${fixture.tag}`);
      const container = document.createElement('div');
      document.body.append(container);
      const errors = recordErrors();
      try {
        // Declarative shadow roots attach only through the HTML parser (setHTMLUnsafe), not innerHTML.
        container.setHTMLUnsafe(html);
        const el = container.querySelector(fixture.tag) as LitElement;
        expect(el.shadowRoot, 'declarative shadow root attached').to.not.equal(null);
        const serverNode = el.shadowRoot!.lastElementChild;
        if (fixture.expectText) expect(text(el.shadowRoot), 'server text').to.contain(fixture.expectText);

        hydrate(fixture.template(), container);
        await fixture.define();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 100)); // let lazy loads and follow-up updates land

        expect(el.hasUpdated).to.equal(true);
        // Hydration re-uses the server DOM rather than re-rendering it (unless a lazy load changed the view).
        if (fixture.expectText) {
          expect(el.shadowRoot!.lastElementChild, 'server DOM kept').to.equal(serverNode);
          expect(text(el.shadowRoot), 'text after hydration').to.contain(fixture.expectText);
        }
        expect(el.shadowRoot!.querySelector('[part="error"]'), 'no error state').to.equal(null);
      } finally {
        const seen = errors.stop();
        container.remove();
        expect(seen, 'console errors / uncaught errors').to.deep.equal([]);
      }
    });
  }
});
