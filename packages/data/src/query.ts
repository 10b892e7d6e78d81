import type { CollectionName } from './collections.js';
import { parseEdtf } from './edtf.js';
import type { Event, Issue, Linkage, RecordTypes, Treaty, TreatyActionKind } from './generated/types.js';

/** The whole dataset, or any data of the same shape a page brings itself. */
export type Dataset = { readonly [C in CollectionName]: readonly RecordTypes[C][] };

export interface TimelineFilter {
  /** ISO day or EDTF; events that end before it are left out. */
  from?: string;
  /** ISO day or EDTF; events that start after it are left out. */
  to?: string;
  actor?: string;
  issue?: string;
  treaty?: string;
}

export interface LinkageFilter {
  /** Only linkages made by this actor. */
  actor?: string;
  /** Only linkages with this issue at either end. */
  issue?: string;
  /** Only linkages with one end in each group of issues, in either direction (e.g. missile defense and offensive arms). */
  between?: readonly [readonly string[], readonly string[]];
  from?: string;
  to?: string;
}

/** Whether a linkage joins an issue of one group to an issue of the other, in either direction. */
function joins(l: Linkage, [a, b]: readonly [readonly string[], readonly string[]]): boolean {
  return (a.includes(l.leverage) && b.includes(l.sought)) || (b.includes(l.leverage) && a.includes(l.sought));
}

export interface LinkageEdge {
  id: string;
  /** The leverage issue. */
  from: string;
  /** The sought issue. */
  to: string;
  linkage: Linkage;
}

export interface LinkageGraph {
  nodes: Issue[];
  edges: LinkageEdge[];
}

export type TreatyStatusName =
  | 'not-signed' | 'signed' | 'never-in-force' | 'in-force' | 'extended' | 'suspended' | 'expired' | 'terminated';

export interface TreatyMilestone {
  /** First ISO day of the milestone. */
  date: string;
  action: TreatyActionKind;
  /** The event that records it (none for signature and entry into force taken from the treaty record). */
  event?: Event;
  party?: string;
  /** For extensions: the new expiry (ISO day on which it lapses). */
  expires?: string;
}

export interface TreatyStatus {
  treaty: Treaty;
  /** The day asked about (ISO). */
  date: string;
  status: TreatyStatusName;
  /** First day of the current status, where known. */
  since: string | null;
  /** The day it lapses (ISO), after extensions: no longer in force from that day; null for unlimited duration. */
  expires: string | null;
  /** Parties that had suspended it on that day. */
  suspendedBy: string[];
}

const firstDay = (edtf: string) => parseEdtf(edtf).earliest;
const lastDay = (edtf: string) => parseEdtf(edtf).latest;

/** Orders dated records by first possible day, then last, then id. */
export function compareByDate(a: { earliest: string | null; latest: string | null; id: string }, b: typeof a): number {
  return (a.earliest ?? '').localeCompare(b.earliest ?? '') || (a.latest ?? '\uffff').localeCompare(b.latest ?? '\uffff') || a.id.localeCompare(b.id);
}

type Dated = { earliest: string | null; latest: string | null };

/**
 * A test of whether a record's [earliest, latest] overlaps the period [from, to], with the period parsed once.
 * A record whose start is unknown (`../2014-04-04`: "by April 2014") counts from the last day it is attested,
 * so it does not match every earlier period.
 */
function inPeriod(from?: string, to?: string): (record: Dated) => boolean {
  const start = from && firstDay(from);
  const end = to && lastDay(to);
  return (r) => !(start && r.latest && r.latest < start) && !(end && (r.earliest ?? r.latest ?? '') > end);
}

/**
 * Events in date order, filtered by period, actor, issue or treaty — standalone, so code that only needs a
 * timeline (e.g. a component) does not pull in the other helpers.
 */
export function filterTimeline(events: readonly Event[], filter: TimelineFilter = {}): Event[] {
  return events
    .filter(inPeriod(filter.from, filter.to))
    .filter((e) => !filter.actor || e.actors.includes(filter.actor))
    .filter((e) => !filter.issue || e.issues.includes(filter.issue))
    .filter((e) => !filter.treaty || e.treaties?.includes(filter.treaty) || e.treatyActions?.some((a) => a.treaty === filter.treaty))
    .sort(compareByDate);
}

/** Linkages in date order, filtered by linker, issue, issue groups or period — standalone, like filterTimeline. */
export function filterLinkages(linkages: readonly Linkage[], filter: LinkageFilter = {}): Linkage[] {
  return linkages
    .filter(inPeriod(filter.from, filter.to))
    .filter((l) => !filter.actor || l.linker === filter.actor)
    .filter((l) => !filter.issue || l.leverage === filter.issue || l.sought === filter.issue)
    .filter((l) => !filter.between || joins(l, filter.between))
    .sort(compareByDate);
}

/** Query helpers bound to a dataset. */
export function createQueries(data: Dataset) {
  const indexes = new Map<CollectionName, Map<string, unknown>>();
  function byId<C extends CollectionName>(collection: C, id: string): RecordTypes[C] | undefined {
    let index = indexes.get(collection);
    if (!index) indexes.set(collection, (index = new Map(data[collection].map((r) => [r.id, r]))));
    return index.get(id) as RecordTypes[C] | undefined;
  }

  const treatyEvents = (treatyId: string) =>
    data.events.filter((e) => e.treaties?.includes(treatyId) || e.treatyActions?.some((a) => a.treaty === treatyId));

  function aboutActor(actorId: string) {
    return {
      actor: byId('actors', actorId),
      events: data.events.filter((e) => e.actors.includes(actorId)).sort(compareByDate),
      quotes: data.quotes.filter((q) => q.speaker === actorId).sort(compareByDate),
      positions: data.positions.filter((p) => p.actor === actorId).sort(compareByDate),
      linkages: data.linkages.filter((l) => l.linker === actorId || l.target === actorId || l.history.some((s) => s.by === actorId)).sort(compareByDate),
      treaties: data.treaties.filter((t) => t.parties.includes(actorId)),
    };
  }

  function aboutIssue(issueId: string) {
    const issue = byId('issues', issueId);
    return {
      issue,
      events: data.events.filter((e) => e.issues.includes(issueId)).sort(compareByDate),
      quotes: data.quotes.filter((q) => q.issues.includes(issueId)).sort(compareByDate),
      positions: data.positions.filter((p) => p.issue === issueId).sort(compareByDate),
      linkages: data.linkages.filter((l) => l.leverage === issueId || l.sought === issueId).sort(compareByDate),
      treaties: data.treaties.filter((t) => issue?.treaties?.includes(t.id)),
    };
  }

  function aboutTreaty(treatyId: string) {
    const events = treatyEvents(treatyId).sort(compareByDate);
    const eventIds = new Set(events.map((e) => e.id));
    const issues = data.issues.filter((i) => i.treaties?.includes(treatyId));
    const issueIds = new Set(issues.map((i) => i.id));
    return {
      treaty: byId('treaties', treatyId),
      events,
      issues,
      quotes: data.quotes.filter((q) => (q.event && eventIds.has(q.event)) || q.issues.some((i) => issueIds.has(i))).sort(compareByDate),
      linkages: data.linkages.filter((l) => issueIds.has(l.leverage) || issueIds.has(l.sought)).sort(compareByDate),
      milestones: treatyMilestones(treatyId),
    };
  }

  const timeline = (filter: TimelineFilter = {}): Event[] => filterTimeline(data.events, filter);

  function linkageGraph(filter: LinkageFilter = {}): LinkageGraph {
    const linkages = filterLinkages(data.linkages, filter);
    const issueIds = new Set(linkages.flatMap((l) => [l.leverage, l.sought]));
    return {
      nodes: data.issues.filter((i) => issueIds.has(i.id)),
      edges: linkages.map((l) => ({ id: l.id, from: l.leverage, to: l.sought, linkage: l })),
    };
  }

  const treatyMilestones = (treatyId: string): TreatyMilestone[] => {
    const treaty = byId('treaties', treatyId);
    return treaty ? treatyMilestonesOf(treaty, treatyEvents(treatyId)) : [];
  };

  const treatyStatus = (treatyId: string, date: string): TreatyStatus | undefined => {
    const treaty = byId('treaties', treatyId);
    return treaty && treatyStatusOf(treaty, treatyEvents(treatyId), date);
  };

  /** Treaties in force (including extended or suspended by a party, which remain legally in force) on a day. */
  function treatiesInForce(date: string): Treaty[] {
    return data.treaties.filter((t) => RUNNING.includes(treatyStatus(t.id, date)!.status));
  }

  return { byId, aboutActor, aboutIssue, aboutTreaty, timeline, linkageGraph, treatyMilestones, treatyStatus, treatiesInForce };
}

/**
 * A treaty's signature, entry into force and the legal acts recorded in events, in date order — standalone,
 * for code that has one treaty and its events (events about other treaties are ignored).
 */
export function treatyMilestonesOf(treaty: Treaty, events: readonly Event[]): TreatyMilestone[] {
  const milestones: TreatyMilestone[] = [];
  if (treaty.signed) milestones.push({ date: firstDay(treaty.signed)!, action: 'signed' });
  if (treaty.enteredIntoForce) milestones.push({ date: firstDay(treaty.enteredIntoForce)!, action: 'entered-into-force' });
  for (const event of events) {
    for (const action of event.treatyActions ?? []) {
      if (action.treaty !== treaty.id || action.action === 'signed' || action.action === 'entered-into-force') continue;
      milestones.push({
        date: firstDay(action.effective ?? event.date) ?? event.earliest ?? '',
        action: action.action,
        event,
        ...(action.party ? { party: action.party } : {}),
        ...(action.expires ? { expires: firstDay(action.expires)! } : {}),
      });
    }
  }
  return milestones.sort((a, b) => a.date.localeCompare(b.date));
}

const RUNNING: readonly TreatyStatusName[] = ['in-force', 'extended', 'suspended'];

/** A treaty's status on a day (ISO or EDTF), from the treaty and its events — standalone, like treatyMilestonesOf. */
export function treatyStatusOf(treaty: Treaty, events: readonly Event[], date: string): TreatyStatus {
  const day = firstDay(date)!;
  const state: StatusState = { status: 'not-signed', since: null, expires: treaty.expires ? firstDay(treaty.expires) : null, suspendedBy: new Set() };
  for (const m of treatyMilestonesOf(treaty, events)) {
    if (m.date > day || state.status === 'terminated' || state.status === 'expired') break;
    applyMilestone(state, m, treaty.enteredIntoForce !== null);
  }
  let { status, since } = state;
  const { expires, suspendedBy } = state;
  // A treaty is no longer in force on the day it expires (START I, in force from 1994-12-05 for 15 years, expired on 2009-12-05).
  if (RUNNING.includes(status) && expires && day >= expires) {
    status = 'expired';
    since = expires;
  }
  return { treaty, date: day, status, since, expires, suspendedBy: [...suspendedBy].filter(Boolean) };
}

interface StatusState {
  status: TreatyStatusName;
  since: string | null;
  expires: string | null;
  suspendedBy: Set<string>;
}

const MILESTONE_STATUS: Partial<Record<TreatyMilestone['action'], TreatyStatusName>> = {
  'entered-into-force': 'in-force', extended: 'extended', suspended: 'suspended',
  withdrawn: 'terminated', terminated: 'terminated', expired: 'expired',
};

/** Moves a treaty's status forward by one milestone. */
function applyMilestone(state: StatusState, m: TreatyMilestone, entersIntoForce: boolean): void {
  let next = MILESTONE_STATUS[m.action];
  if (m.action === 'signed') next = entersIntoForce ? 'signed' : 'never-in-force';
  if (m.action === 'extended' && m.expires) state.expires = m.expires;
  if (m.action === 'suspended') state.suspendedBy.add(m.party ?? '');
  if (m.action === 'resumed') {
    state.suspendedBy.delete(m.party ?? '');
    next = state.suspendedBy.size ? 'suspended' : 'in-force';
  }
  if (next) {
    state.status = next;
    state.since = m.date;
  }
}


export type Queries = ReturnType<typeof createQueries>;
