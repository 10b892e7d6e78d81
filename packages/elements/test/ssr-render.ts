/** Node side of the SSR harness: renders a fixture of `ssr-fixtures.ts` to an HTML string with declarative shadow DOM. */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ssrFixtures } from './ssr-fixtures.js';

export { ssrFixtures };

export async function renderFixture(name: string): Promise<string> {
  const fixture = ssrFixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no SSR fixture named "${name}"`);
  await fixture.define();
  return collectResult(render(fixture.template()));
}
