import { Type } from '@sinclair/typebox';
import { Edtf, EvidenceList, Identifiers, Id, Ref, RefList, Text, dated, derivedBounds, record } from './common.js';

export const EventKind = Type.Union(
  [
    'statement', 'interview', 'meeting', 'summit', 'negotiation', 'proposal', 'rejection', 'agreement',
    'announcement', 'testimony', 'review', 'deployment', 'military-action', 'treaty-action',
  ].map((k) => Type.Literal(k)),
  { title: 'EventKind', description: 'What kind of event.' },
);

export const TreatyActionKind = Type.Union(
  ['signed', 'ratified', 'entered-into-force', 'extended', 'suspended', 'resumed', 'withdrawal-announced', 'withdrawn', 'expired', 'terminated']
    .map((k) => Type.Literal(k)),
  { title: 'TreatyActionKind', description: 'What the event did to the treaty.' },
);

export const TreatyAction = Type.Object(
  {
    treaty: Ref('treaties'),
    action: TreatyActionKind,
    party: Type.Optional(Ref('actors', 'The party that took the action, where only one did (e.g. which side ratified, suspended or withdrew).')),
    effective: Type.Optional(Edtf('When the action took legal effect, if not on the event’s date. A withdrawal notice takes effect when given; the withdrawal itself is a separate `withdrawn` action.')),
    expires: Type.Optional(Edtf('For an extension: the new day on which it lapses.')),
  },
  { title: 'TreatyAction', additionalProperties: false, description: 'A legal change an event made to a treaty.' },
);

export const PloverType = Type.Union(
  [
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
  ].map((k) => Type.Literal(k)),
  {
    title: 'PloverType',
    description:
      'PLOVER event type (Political Language Ontology for Verifiable Event Records, Open Event Data Alliance; the 16 ' +
      'categories of the PLOVER manual, github.com/openeventdata/PLOVER): verbal cooperation AGREE, CONSULT, SUPPORT, ' +
      'CONCEDE; material cooperation COOPERATE, AID, RETREAT; verbal conflict REQUEST, ACCUSE, REJECT, THREATEN; material ' +
      'conflict PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT. Our own coding of our own records.',
  },
);

export const Event = record('Event', 'Something that happened (or was scheduled) on a date, with who took part and what it concerned.', {
  id: Id,
  title: Text('A short neutral headline.'),
  kind: EventKind,
  ...dated('it happened'),
  scheduled: Type.Optional(Type.Boolean({ description: 'True when the source reports it as planned, not as having happened.' })),
  description: Text('What happened, in our own neutral words, attributing claims.'),
  actors: RefList('actors', 'Who took part or acted.'),
  issues: RefList('issues', 'What it concerned.'),
  treaties: Type.Optional(RefList('treaties', 'Treaties it concerned.')),
  treatyActions: Type.Optional(Type.Array(TreatyAction, { description: 'Legal changes to treaties this event made.' })),
  location: Type.Optional(Text('Where it happened.')),
  plover: Type.Optional(PloverType),
  ploverNote: Type.Optional(Text('Why this PLOVER type, or why none fits; required when `plover` is absent.')),
  identifiers: Type.Optional(Identifiers),
  evidence: EvidenceList,
  ...derivedBounds,
});
