import type { CollectionName } from '../collections.js';
import type { RecordIndex } from './index.js';

type Report = (field: string, message: string) => void;
type Fields = Record<string, unknown>;

/** One evidence list of a record, with its dotted path and whose words it reports (where the record says so). */
interface EvidenceList {
  path: string;
  items: Fields[];
  /** Actor ids whose words the list reports; empty where the rule on the other side's state media does not apply. */
  speakers: string[];
  /** Whether every item is about the speakers' words (quotes, positions) or only those with claim `reported-speech`. */
  allItemsAreWords: boolean;
}

const asList = (value: unknown): Fields[] => (Array.isArray(value) ? (value as Fields[]) : []);
const asId = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** Sources must say when they were published, or why they cannot; state media must name their state. */
function checkSource(source: Fields, report: Report) {
  const hasDate = source.published !== undefined;
  const hasReason = source.undatedReason !== undefined;
  if (!hasDate && !hasReason) {
    report('published', 'is required unless `undatedReason` says why the document shows no date');
  }
  if (hasDate && hasReason) report('undatedReason', 'must be absent when `published` is given');
  if (source.tier === 'state-media' && source.mediaState === undefined) {
    report('mediaState', 'is required when tier is "state-media": the ISO 3166-1 alpha-2 code of the state that owns or directs the outlet');
  }
}

/** Person actors among an event's actors, else all of them: whose words the event's reported speech can be. */
function eventSpeakers(record: Fields, index: RecordIndex): string[] {
  const actors = (Array.isArray(record.actors) ? (record.actors as unknown[]) : []).filter((a): a is string => typeof a === 'string');
  const people = actors.filter((id) => (index.actors.get(id) as Fields | undefined)?.kind === 'person');
  return people.length ? people : actors;
}

function evidenceLists(collection: CollectionName, record: Fields, index: RecordIndex): EvidenceList[] {
  const lists: EvidenceList[] = [];
  const add = (path: string, evidence: unknown, speakers: string[], allItemsAreWords = false) => {
    if (Array.isArray(evidence)) lists.push({ path, items: asList(evidence), speakers, allItemsAreWords });
  };
  if (collection === 'quotes') add('evidence', record.evidence, asId(record.speaker), true);
  else if (collection === 'positions') add('evidence', record.evidence, asId(record.actor), true);
  else if (collection === 'linkages') add('evidence', record.evidence, asId(record.linker));
  else if (collection === 'events') add('evidence', record.evidence, eventSpeakers(record, index));
  else add('evidence', record.evidence, []);
  asList(record.history).forEach((step, i) => add(`history[${i}].evidence`, step.evidence, asId(step.by)));
  asList(record.roles).forEach((role, i) => add(`roles[${i}].evidence`, role.evidence, []));
  return lists;
}

/** The state an actor belongs to: its `country`, else the country of an organization it held a role in. */
function stateOf(actorId: string, index: RecordIndex): string | null {
  const actor = index.actors.get(actorId) as Fields | undefined;
  if (!actor) return null;
  if (typeof actor.country === 'string') return actor.country;
  for (const role of asList(actor.roles)) {
    const organization = typeof role.organization === 'string' ? (index.actors.get(role.organization) as Fields | undefined) : undefined;
    if (typeof organization?.country === 'string') return organization.country;
  }
  return null;
}

/** A claim cannot rest only on aggregators, partisan or fringe outlets and blogs. */
function checkNotOnlyOther(list: EvidenceList, index: RecordIndex, report: Report) {
  const sources = list.items.map((item) => index.sources.get(String(item.source)) as Fields | undefined);
  if (!sources.length || sources.some((source) => source === undefined || source.tier !== 'other')) return;
  const ids = [...new Set(sources.map((source) => String(source!.id)))].join(', ');
  report(list.path, `rests only on sources of tier "other" (${ids}): add a source of another tier (primary, wire, reference, press or state-media)`);
}

/**
 * A person's words cannot rest only on the state media of another state than the speaker's (a U.S. official quoted only by
 * TASS or Sputnik, a Russian official only by VOA or RFE/RL), unless an evidence item records `noBetterSource`.
 */
function checkNotOnlyOtherSidesStateMedia(list: EvidenceList, index: RecordIndex, report: Report) {
  if (!list.speakers.length || list.items.some((item) => item.noBetterSource !== undefined)) return;
  const words = list.allItemsAreWords ? list.items : list.items.filter((item) => item.claim === 'reported-speech');
  const sources = words.map((item) => index.sources.get(String(item.source)) as Fields | undefined);
  if (!sources.length || sources.some((source) => typeof source?.mediaState !== 'string')) return;
  const mediaStates = new Set(sources.map((source) => String(source!.mediaState)));
  const foreignSpeaker = list.speakers.find((speaker) => {
    const state = stateOf(speaker, index);
    return state === null || !mediaStates.has(state);
  });
  if (foreignSpeaker === undefined) return;
  const cited = [...new Set(sources.map((source) => `${String(source!.id)} [${String(source!.mediaState)}]`))].join(', ');
  const speakerState = stateOf(foreignSpeaker, index) ?? 'no state on record';
  report(
    list.path,
    `the words of "${foreignSpeaker}" (${speakerState}) rest only on the state media of another state (${cited}): ` +
      'add a wire, primary or press copy, or record `noBetterSource` on an evidence item saying what was searched',
  );
}

/** Source-quality rules: dated sources, named media states, no claim only on `other` sources or the other side's state media. */
export function checkSourceQuality(collection: CollectionName, record: unknown, index: RecordIndex, report: Report): void {
  if (typeof record !== 'object' || record === null) return;
  const fields = record as Fields;
  if (collection === 'sources') {
    checkSource(fields, report);
    return;
  }
  for (const list of evidenceLists(collection, fields, index)) {
    checkNotOnlyOther(list, index, report);
    checkNotOnlyOtherSidesStateMedia(list, index, report);
  }
}
