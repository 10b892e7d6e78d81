import type { TObject } from '@sinclair/typebox';
import type { CollectionName } from './common.js';
import { Actor } from './actor.js';
import { Event } from './event.js';
import { Issue } from './issue.js';
import { Linkage } from './linkage.js';
import { Position } from './position.js';
import { Quote } from './quote.js';
import { Source } from './source.js';
import { Treaty } from './treaty.js';

export { COLLECTIONS, type CollectionName } from './common.js';

/** The schema of each collection's records, keyed by collection name. */
export const schemas: Record<CollectionName, TObject> = {
  sources: Source,
  actors: Actor,
  issues: Issue,
  treaties: Treaty,
  events: Event,
  quotes: Quote,
  positions: Position,
  linkages: Linkage,
};

/** Entity (type) name of each collection. */
export const entityNames: Record<CollectionName, string> = {
  sources: 'Source', actors: 'Actor', issues: 'Issue', treaties: 'Treaty',
  events: 'Event', quotes: 'Quote', positions: 'Position', linkages: 'Linkage',
};
