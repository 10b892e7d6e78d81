import { Type } from '@sinclair/typebox';
import { Edtf, Id, Text, record } from './common.js';

export const SourceKind = Type.Union(
  ['news-article', 'analysis', 'official-statement', 'transcript', 'treaty-text', 'fact-sheet', 'reference', 'testimony', 'press-release']
    .map((k) => Type.Literal(k)),
  { title: 'SourceKind', description: 'What kind of document the source is.' },
);

export const Source = record('Source', 'A public document that records cite as evidence.', {
  id: Id,
  kind: SourceKind,
  title: Text('The document’s title as published.'),
  publisher: Text('Who published it.'),
  author: Type.Optional(Text('Author(s), where named.')),
  published: Type.Optional(Edtf('Publication date (EDTF; precision as known); absent for undated reference pages.')),
  publishedBasis: Type.Optional(Text('How the publication date is known, where the document does not state it in full.')),
  url: Type.String({ format: 'uri', description: 'A public address of the document.' }),
  language: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'BCP 47 language of the text.' }),
  textFile: Type.Optional(Text('File name of a plain-text copy used to verify excerpts verbatim (not published).')),
  note: Type.Optional(Text('Anything a reader should know about the source.')),
});
