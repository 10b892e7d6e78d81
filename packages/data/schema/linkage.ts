import { Type } from '@sinclair/typebox';
import { DateBasis, Edtf, EvidenceList, Id, Ref, Text, dated, derivedBounds, record } from './common.js';

export const LinkageMechanism = Type.Union(
  ['exchange', 'precondition', 'threat', 'inducement', 'sanction'].map((k) => Type.Literal(k)),
  {
    title: 'LinkageMechanism',
    description:
      'How the link works: a quid pro quo (exchange), a condition for progress (precondition), a harm announced ' +
      'unless the other side moves (threat), a benefit offered if it does (inducement), or a penalty imposed on one issue for conduct on another (sanction).',
  },
);

export const Explicitness = Type.Union(['explicit', 'implicit', 'denied'].map((k) => Type.Literal(k)), {
  title: 'Explicitness',
  description: 'Whether the linker stated the link openly, it is inferred by others, or the linker denied it.',
});

export const LinkageStatus = Type.Union(
  ['proposed', 'reiterated', 'rejected', 'accepted', 'withdrawn', 'codified', 'lapsed', 'implemented'].map((k) => Type.Literal(k)),
  { title: 'LinkageStatus', description: 'Where the linkage stood after this step.' },
);

export const LinkageStep = Type.Object(
  {
    status: LinkageStatus,
    date: Edtf('When this step happened.'),
    dateBasis: DateBasis,
    by: Ref('actors', 'Who took this step (the linker, or the other side responding).'),
    note: Text('What happened, in our own words.'),
    event: Type.Optional(Ref('events', 'The event in which it happened.')),
    evidence: EvidenceList,
  },
  { title: 'LinkageStep', additionalProperties: false, description: 'One step in a linkage’s history.' },
);

export const Linkage = record(
  'Linkage',
  'An actor makes its course on one issue (leverage) contingent on another actor’s behaviour on a different issue (sought), after Stein (1980).',
  {
    id: Id,
    title: Text('A short neutral headline.'),
    linker: Ref('actors', 'Who makes the linkage.'),
    target: Ref('actors', 'Toward whom.'),
    leverage: Ref('issues', 'The issue on which the linker conditions its own course (the edge’s origin).'),
    sought: Ref('issues', 'The issue on which the linker wants the target to move (the edge’s end).'),
    mechanism: LinkageMechanism,
    explicitness: Explicitness,
    inferenceBasis: Type.Optional(
      Text(
        'Where the linkage or its mechanism is a reading of events rather than the linker’s own words (always for ' +
          '`implicit` and `denied`): who reads it so and on what grounds. That reading must be in `evidence` with claim `analysis`.',
      ),
    ),
    ...dated('the linkage was first made'),
    summary: Text('The linkage in our own neutral words, attributed to whoever states it.'),
    history: Type.Array(LinkageStep, { minItems: 1, description: 'Status over time, oldest first, with the other side’s responses.' }),
    evidence: EvidenceList,
    ...derivedBounds,
  },
);
