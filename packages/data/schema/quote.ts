import { Type } from '@sinclair/typebox';
import { EvidenceList, Id, Ref, RefList, Text, dated, derivedBounds, record } from './common.js';

export const Quote = record('Quote', 'Words someone said or wrote, verbatim as the source prints them.', {
  id: Id,
  text: Text('The quotation, verbatim as printed by the source (including its ellipses and brackets).'),
  speaker: Ref('actors', 'Who said it.'),
  speakerRole: Text('The speaker’s role at the time, as the source gives it.'),
  ...dated('it was said'),
  occasion: Text('Where, to whom or on what occasion it was said.'),
  event: Type.Optional(Ref('events', 'The event it was said at.')),
  translated: Type.Optional(Type.Boolean({ description: 'True when the source prints a translation of words said in another language.' })),
  issues: RefList('issues', 'What it is about.'),
  evidence: EvidenceList,
  ...derivedBounds,
});
