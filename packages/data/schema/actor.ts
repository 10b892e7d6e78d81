import { Type } from '@sinclair/typebox';
import { Edtf, EvidenceList, Identifiers, Id, Ref, Text, record } from './common.js';

export const ActorKind = Type.Union(
  ['person', 'state', 'government', 'organization', 'media'].map((k) => Type.Literal(k)),
  { title: 'ActorKind', description: 'What kind of actor.' },
);

export const Role = Type.Object(
  {
    title: Text('The role as the source names it, e.g. "Russian Prime Minister".'),
    organization: Type.Optional(Ref('actors', 'The state or organization the role belongs to.')),
    attested: Type.Optional(Edtf('A date on which the evidence shows the role was held.')),
    start: Type.Optional(Edtf('When the role began, where a source gives it.')),
    end: Type.Optional(Edtf('When the role ended, where a source gives it.')),
    evidence: EvidenceList,
  },
  { title: 'Role', additionalProperties: false, description: 'A role an actor held.' },
);

export const Actor = record('Actor', 'A person, state, government, organization or media outlet.', {
  id: Id,
  name: Text('Name in English.'),
  kind: ActorKind,
  nativeName: Type.Optional(Text('Name in its own language and script.')),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country the actor belongs to.' })),
  aliases: Type.Optional(Type.Array(Text('Another name the sources use, e.g. "the Kremlin".'), { uniqueItems: true })),
  roles: Type.Optional(Type.Array(Role, { description: 'Roles over time, as the sources give them.' })),
  description: Text('Who this is, in our own neutral words.'),
  identifiers: Type.Optional(Identifiers),
  evidence: EvidenceList,
});
