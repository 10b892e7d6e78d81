import { Type } from '@sinclair/typebox';
import { EvidenceList, Id, Ref, Text, dated, derivedBounds, record } from './common.js';

export const Position = record('Position', 'An actor’s stance on an issue over a period.', {
  id: Id,
  actor: Ref('actors', 'Whose stance it is.'),
  issue: Ref('issues', 'What it is a stance on.'),
  stance: Text('The stance in a few words, e.g. "opposes the European sites".'),
  summary: Text('The stance in our own neutral words, attributed to the actor.'),
  ...dated('the stance was held (often an interval)'),
  evidence: EvidenceList,
  ...derivedBounds,
});
