import { actors } from './generated/collections/actors.js';
import { events } from './generated/collections/events.js';
import { issues } from './generated/collections/issues.js';
import { linkages } from './generated/collections/linkages.js';
import { positions } from './generated/collections/positions.js';
import { quotes } from './generated/collections/quotes.js';
import { sources } from './generated/collections/sources.js';
import { treaties } from './generated/collections/treaties.js';
import { createQueries, type Dataset } from './query.js';

export { actors, events, issues, linkages, positions, quotes, sources, treaties };
export { COLLECTIONS, type CollectionName } from './collections.js';
export { parseEdtf, tryParseEdtf, edtfBounds, EdtfError, type Edtf, type EdtfDate, type EdtfInterval, type EdtfPrecision } from './edtf.js';
export { createQueries, compareByDate, filterLinkages, filterTimeline, treatyMilestonesOf, treatyStatusOf } from './query.js';
export type * from './query.js';
export type * from './generated/types.js';

/** Every collection of the shipped dataset. */
export const dataset: Dataset = { sources, actors, issues, treaties, events, quotes, positions, linkages };

const queries = createQueries(dataset);

/** A record by collection and id, or undefined. */
export const byId = queries.byId;
/** Events, quotes, positions, linkages and treaties concerning an actor. */
export const aboutActor = queries.aboutActor;
/** Events, quotes, positions, linkages and treaties concerning an issue. */
export const aboutIssue = queries.aboutIssue;
/** Events, issues, quotes, linkages and milestones concerning a treaty. */
export const aboutTreaty = queries.aboutTreaty;
/** Events in date order, filtered by period, actor, issue or treaty. */
export const timeline = queries.timeline;
/** Linkages as a graph: issues as nodes, linkages as edges from leverage to sought issue. */
export const linkageGraph = queries.linkageGraph;
/** A treaty's signature, entry into force, extensions, suspensions, withdrawals and expiry, in date order. */
export const treatyMilestones = queries.treatyMilestones;
/** A treaty's status on a day (ISO or EDTF). */
export const treatyStatus = queries.treatyStatus;
/** Treaties legally in force on a day. */
export const treatiesInForce = queries.treatiesInForce;
