import { Type } from '@sinclair/typebox';
import { Edtf, EvidenceList, Identifiers, Id, RefList, Text, record } from './common.js';

const NullableEdtf = (description: string) => Type.Union([Edtf(description), Type.Null()]);

export const Treaty = record('Treaty', 'A treaty or agreement; later changes (extensions, suspensions, withdrawals) are events with `treatyActions`.', {
  id: Id,
  name: Text('Common name, e.g. "New START".'),
  fullName: Text('Full official title.'),
  parties: RefList('actors', 'The states party to it.'),
  signed: NullableEdtf('Date of signature (null if never signed).'),
  enteredIntoForce: NullableEdtf('Date of entry into force (null if it never entered into force).'),
  expires: NullableEdtf('The day it lapses as originally agreed (no longer in force from that day); null for unlimited duration. Extensions are events.'),
  description: Text('What it does, in our own neutral words.'),
  identifiers: Type.Optional(Identifiers),
  url: Type.Optional(Type.String({ format: 'uri', description: 'Where the treaty text can be read.' })),
  evidence: EvidenceList,
});
