import { Type } from '@sinclair/typebox';
import { Edtf, Id, Text, record } from './common.js';

export const SourceKind = Type.Union(
  ['news-article', 'analysis', 'official-statement', 'transcript', 'treaty-text', 'fact-sheet', 'reference', 'testimony', 'press-release']
    .map((k) => Type.Literal(k)),
  { title: 'SourceKind', description: 'What kind of document the source is.' },
);

export const SourceTier = Type.Union(
  ['primary', 'wire', 'reference', 'press', 'state-media', 'other'].map((k) => Type.Literal(k)),
  {
    title: 'SourceTier',
    description:
      'How much weight the source carries: treaty texts, official transcripts, statements and testimony (primary); ' +
      'news agencies such as AP, Reuters, AFP, Interfax, TASS as a wire (wire); ACA, CRS, FAS, NTI and similar (reference); ' +
      'newspapers and broadcasters of record (press); outlets owned or directed by a government reporting on that government ' +
      'or its adversaries (state-media); aggregators, partisan or fringe outlets, blogs (other).',
  },
);

export const Source = record('Source', 'A public document that records cite as evidence.', {
  id: Id,
  kind: SourceKind,
  title: Text('The document’s title as published.'),
  publisher: Text('Who published it.'),
  tier: SourceTier,
  via: Type.Optional(Text('For a repost: the publisher that first published the text (e.g. "Reuters" for a wire story on another site).')),
  mediaState: Type.Optional(
    Type.String({
      pattern: '^[A-Z]{2}$',
      description:
        'ISO 3166-1 alpha-2 code of the state that owns or directs the outlet (of the original, for a repost); required when `tier` is ' +
        '`state-media`, and also given for state-owned wires such as TASS, so that the rule on the other side’s state media applies to them.',
    }),
  ),
  titleReconstructed: Type.Optional(
    Type.Boolean({ description: 'True when the stored copy shows no headline and `title` is our description of the document.' }),
  ),
  undatedReason: Type.Optional(Text('Why `published` is absent (e.g. a reference page revised without a date).')),
  author: Type.Optional(Text('Author(s), where named.')),
  published: Type.Optional(Edtf('Publication date (EDTF; precision as known); absent for undated reference pages.')),
  publishedBasis: Type.Optional(Text('How the publication date is known, where the document does not state it in full.')),
  url: Type.String({ format: 'uri', description: 'A public address of the document.' }),
  language: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'BCP 47 language of the text.' }),
  textFile: Type.Optional(Text('File name of a plain-text copy used to verify excerpts verbatim (not published).')),
  note: Type.Optional(Text('Anything a reader should know about the source.')),
});
