// Server rendering of every SSR fixture (test/ssr-fixtures.ts) to declarative shadow DOM with @lit-labs/ssr.
import { describe, expect, it } from 'vitest';
import { renderFixture, ssrFixtures } from '../test/ssr-render.js';

describe('SSR with @lit-labs/ssr', () => {
  it('has at least one fixture per component entry', () => {
    expect(new Set(ssrFixtures.map((f) => f.tag)).size).toBeGreaterThanOrEqual(1);
  });

  for (const fixture of ssrFixtures) {
    it(`renders ${fixture.name} to declarative shadow DOM`, async () => {
      const html = await renderFixture(fixture.name);
      const open = html.indexOf(`<${fixture.tag}`);
      expect(open, 'host element in output').toBeGreaterThanOrEqual(0);
      const shadowStart = html.indexOf('<template shadowroot="open" shadowrootmode="open"', open);
      expect(shadowStart, 'declarative shadow root').toBeGreaterThan(open);
      const shadowEnd = html.indexOf('</template>', shadowStart);
      const shadowHtml = html.slice(shadowStart, shadowEnd);
      expect(shadowHtml).toContain('<style>');
      expect(shadowHtml).toContain('<!--lit-part');
      if (fixture.expectText) expect(shadowHtml).toContain(fixture.expectText);
      expect(html).toContain(`</${fixture.tag}>`);
    });
  }
});
