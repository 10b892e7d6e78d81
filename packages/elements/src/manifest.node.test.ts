// The custom elements manifest (dist/custom-elements.json, written by `cem analyze` in `pnpm build`)
// documents every element's attributes and public properties. Reactive properties are declared with
// `static properties` (not decorators), so this checks the analyzer still finds them all — and that
// internal state is not listed as an attribute.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
}
const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));

const expected: Record<string, { attributes: string[]; properties: string[] }> = {
  'ac-quote-card': { attributes: ['quote', 'variant', 'theme'], properties: ['quote', 'data', 'variant', 'strings', 'theme'] },
  'ac-treaty-countdown': {
    attributes: ['treaty', 'date', 'label', 'precision', 'theme'],
    properties: ['treaty', 'date', 'label', 'precision', 'data', 'strings', 'theme'],
  },
  'ac-linkage-diagram': {
    attributes: ['actor', 'issue', 'from', 'to', 'theme'],
    properties: ['actor', 'issue', 'from', 'to', 'linkages', 'issues', 'actors', 'sources', 'strings', 'theme'],
  },
  'ac-event-timeline': {
    attributes: ['actor', 'issue', 'treaty', 'from', 'to', 'window-threshold', 'theme'],
    properties: ['actor', 'issue', 'treaty', 'from', 'to', 'events', 'sources', 'windowThreshold', 'strings', 'theme'],
  },
};

describe('custom-elements.json', () => {
  it('lists the four elements', () => {
    expect([...elements.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [tag, { attributes, properties }] of Object.entries(expected)) {
    it(`documents every attribute and public property of <${tag}>`, () => {
      const d = elements.get(tag)!;
      expect((d.attributes ?? []).map((a) => a.name).sort()).toEqual([...attributes].sort());
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected').map((m) => m.name);
      expect(fields).toEqual(expect.arrayContaining(properties));
    });
  }
});
