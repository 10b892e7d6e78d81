import { Type } from '@sinclair/typebox';
import { EvidenceList, Id, RefList, Text, record } from './common.js';

export const Issue = record('Issue', 'A subject of negotiation that positions are taken on and linkages are made between.', {
  id: Id,
  name: Text('Short name, e.g. "Missile defense in Europe".'),
  description: Text('What the issue is about, in our own neutral words.'),
  treaties: Type.Optional(RefList('treaties', 'Treaties that deal with this issue.')),
  evidence: EvidenceList,
});
