import { Type, type TSchema } from '@sinclair/typebox';

import type { CollectionName } from '../src/collections.js';

export { COLLECTIONS, type CollectionName } from '../src/collections.js';

export const Id = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'Stable kebab-case id, unique within its collection; never renamed or reused once published.',
});

/** A reference to a record of another collection; the validator checks that it resolves (`x-ref`). */
export const Ref = (collection: CollectionName, description?: string) =>
  Type.String({ pattern: Id.pattern, 'x-ref': collection, ...(description ? { description } : {}) });

export const RefList = (collection: CollectionName, description: string) =>
  Type.Array(Ref(collection), { uniqueItems: true, description });

export const Text = (description: string) => Type.String({ minLength: 1, description });

/** An EDTF string (Level 0/1 subset: dates, seasons, qualifiers, intervals); the validator parses it (`format: edtf`). */
export const Edtf = (description: string) => Type.String({ format: 'edtf', minLength: 4, description });

export const DateMethod = Type.Union(
  [Type.Literal('explicit'), Type.Literal('relative'), Type.Literal('inferred'), Type.Literal('external')],
  {
    title: 'DateMethod',
    description:
      'How the date was obtained: stated in full by the source (explicit), resolved from wording relative to the ' +
      "source's own date (relative), inferred from context (inferred), or taken from another cited source (external).",
  },
);

export const DateBasis = Type.Object(
  {
    wording: Type.Optional(Text('The original wording of the date in the source, e.g. "on Thursday", "back in March".')),
    method: DateMethod,
    anchor: Type.Optional(Edtf('For relative dates: the date the wording was resolved against (usually the source’s publication date).')),
    note: Type.Optional(Text('How the date was resolved, where not obvious.')),
  },
  { title: 'DateBasis', additionalProperties: false, description: 'Where a date comes from.' },
);

export const ClaimKind = Type.Union(
  [Type.Literal('asserted'), Type.Literal('reported-speech'), Type.Literal('analysis')],
  {
    title: 'ClaimKind',
    description:
      'What kind of claim the excerpt is: the source states it as fact (asserted), it reports someone’s words ' +
      '(reported-speech), or it is the author’s own interpretation (analysis).',
  },
);

export const Evidence = Type.Object(
  {
    source: Ref('sources', 'The source that supports the record.'),
    excerpt: Text('A verbatim excerpt of the source that supports the record.'),
    claim: ClaimKind,
    preferred: Type.Optional(Type.Boolean({ description: 'Where sources disagree: this version is the one the record follows.' })),
    note: Type.Optional(Text('What the excerpt supports, or how it disagrees with other evidence.')),
    noBetterSource: Type.Optional(
      Text(
        'Where the record rests only on a weak source (tier `other`, or state media reporting the other side’s words): ' +
          'what was searched for a wire or primary copy, and that none was found.',
      ),
    ),
  },
  { title: 'Evidence', additionalProperties: false, description: 'A source excerpt that backs a record.' },
);

export const EvidenceList = Type.Array(Evidence, {
  minItems: 1,
  description: 'Every claim of the record, backed by at least one source excerpt.',
});

/** Fields of every dated record: the EDTF date and where it comes from. The build adds `earliest`/`latest`. */
export const dated = (what: string) => ({
  date: Edtf(`When ${what}, as an EDTF string (e.g. 2009-05-07, 2014-03, 2009-05~, 2014-03-24/2014-03-30).`),
  dateBasis: DateBasis,
});

/** Derived by the build from `date`: the first and last ISO day it can mean (null for an open end). */
export const derivedBounds = {
  earliest: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'Derived: first ISO day `date` can mean.' }),
  latest: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'Derived: last ISO day `date` can mean.' }),
};

export const record = <P extends Record<string, TSchema>>(title: string, description: string, properties: P) =>
  Type.Object(properties, { $id: title, title, description, additionalProperties: false });

/** Identifiers that let researchers join other datasets; each looked up, with where it was found. */
export const Identifiers = Type.Object(
  {
    wikidata: Type.Optional(Type.String({ pattern: '^Q[1-9][0-9]*$', description: 'Wikidata item (QID).' })),
    iso3: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3 code (states).' })),
    cow: Type.Optional(Type.Integer({ minimum: 1, description: 'Correlates of War state number (states).' })),
    cowAbbrev: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'Correlates of War state abbreviation (states).' })),
    foundAt: Type.Array(Type.String({ format: 'uri' }), {
      minItems: 1,
      description: 'Where these identifiers were looked up (e.g. the Wikidata item page, the COW state list).',
    }),
  },
  { title: 'Identifiers', additionalProperties: false, description: 'Identifiers in other datasets.' },
);
