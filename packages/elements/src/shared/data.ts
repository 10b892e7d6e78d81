import type { Actor, Event, Issue, Linkage, Position, Quote, RecordTypes, Source, Treaty } from '@arms-control/data/types';
import { tryParseEdtf } from '@arms-control/data/edtf';
import { errorStrings, fill, type ErrorStrings } from './strings.js';

export type { Actor, Event, Issue, Linkage, Position, Quote, RecordTypes, Source, Treaty };
export type CollectionName = keyof RecordTypes;

/** What one record of each collection is called in messages. */
const NOUN: Record<CollectionName, string> = {
  sources: 'source',
  actors: 'actor',
  issues: 'issue',
  treaties: 'treaty',
  events: 'event',
  quotes: 'quote',
  positions: 'position',
  linkages: 'linkage',
};

/** Fields each record must carry for an element to render it: `s` string, `a` array, `n` string or null, `u` http(s) URL. */
const SHAPES: Record<CollectionName, Record<string, 's' | 'a' | 'n' | 'u'>> = {
  sources: { id: 's', title: 's', publisher: 's', url: 'u' },
  actors: { id: 's', name: 's' },
  issues: { id: 's', name: 's' },
  treaties: { id: 's', name: 's', signed: 'n', enteredIntoForce: 'n', expires: 'n' },
  events: { id: 's', title: 's', date: 's', actors: 'a', issues: 'a' },
  quotes: { id: 's', text: 's', speaker: 's', speakerRole: 's', date: 's' },
  positions: { id: 's', actor: 's', issue: 's', stance: 's', date: 's' },
  linkages: { id: 's', title: 's', linker: 's', target: 's', leverage: 's', sought: 's', date: 's', history: 'a' },
};

const MARKUP = /<\/?[a-z][^>]*>|<!--/i;

/** True when a string looks like it carries HTML tags (which elements never render as HTML). */
export function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** True for an absolute http: or https: URL (the only links elements render; `javascript:` and the like never are). */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value.trim());
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a well-formed record id (lower-case words joined by hyphens). */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

/** A short description of a value's type for messages: "a string", "null", "an array", "a number". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/**
 * Why `value` cannot be used as a record of `collection` (wrong type, a required field missing or
 * of the wrong type, HTML markup in a text field), or null when it can. `property` names the
 * property or attribute the value came from, for the message.
 */
export function recordProblem(collection: CollectionName, value: unknown, property: string = collection): string | null {
  const expected = `${NOUN[collection]} record`;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fill(errorStrings.wrongType, { property, expected: `a ${expected}`, actual: describe(value) });
  }
  const rec = value as Record<string, unknown>;
  for (const [field, kind] of Object.entries(SHAPES[collection])) {
    const v = rec[field];
    const ok =
      kind === 'a' ? Array.isArray(v) : kind === 'n' ? v === null || typeof v === 'string' : kind === 'u' ? isHttpUrl(v) : typeof v === 'string' && v.trim() !== '';
    if (!ok) return fill(errorStrings.missingField, { expected, property, field });
  }
  for (const [field, v] of Object.entries(rec)) {
    if (typeof v === 'string' && containsMarkup(v)) return fill(errorStrings.markup, { field, expected });
  }
  return null;
}

/**
 * An actor's colour token: `actor-us` or `actor-ru` (the `--ac-actor-us` / `--ac-actor-ru` colours) by id or
 * country, else one of four palette slots `p0`…`p3` (the first is `--ac-actor-other`) by id. The colour
 * is `var(--_<token>)`; elements use the token as a class name whose rule sets the colour, so no inline
 * style is needed (pages with a strict Content-Security-Policy block style attributes).
 */
export function actorColour(id: string, actor?: Actor): string {
  if (id === 'united-states' || actor?.country === 'US') return 'actor-us';
  if (id === 'russia' || actor?.country === 'RU') return 'actor-ru';
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `p${h % 4}`;
}

/**
 * Why a list property cannot be used — not an array (null included), or a record in it fails
 * `recordProblem` — or null; undefined is unset. `m` gives the `wrongType` template.
 */
export function listProblem(collection: CollectionName, value: unknown, property: string, m: Pick<ErrorStrings, 'wrongType'> = errorStrings): string | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return fill(m.wrongType, { property, expected: `an array of ${NOUN[collection]} records`, actual: describe(value) });
  for (const record of value) {
    const problem = recordProblem(collection, record, property);
    if (problem) return problem;
  }
  return null;
}

/**
 * Why filter attributes cannot be used, or null: an empty value, a malformed id (the attributes in
 * `ids`), an unreadable date (`from`, `to`), or `from` after `to`. Values are trimmed; null and
 * undefined are unset.
 */
export function filterProblem(
  el: object,
  ids: readonly string[],
  m: Pick<ErrorStrings, 'emptyAttribute' | 'malformedId' | 'badDate'> & { badPeriod: string },
): string | null {
  const get = (k: string) => (el as Record<string, unknown>)[k];
  for (const attribute of [...ids, 'from', 'to']) {
    if (get(attribute) == null) continue;
    const value = String(get(attribute)).trim();
    if (!value) return fill(m.emptyAttribute, { attribute });
    const date = attribute === 'from' || attribute === 'to';
    if (date ? !tryParseEdtf(value) : !isValidId(value))
      return fill(date ? m.badDate : m.malformedId, { attribute, value, reason: 'expected an EDTF date such as 2009, 2009-05 or 2009-05-07' });
  }
  const [from, to] = filterPeriod(el as { from?: string | null; to?: string | null });
  return from && to && from > to ? fill(m.badPeriod, { from: String(get('from')).trim(), to: String(get('to')).trim() }) : null;
}

/** The first day of `from` and the last day of `to` (ISO), null when unset; call after `filterProblem`. */
export function filterPeriod(el: { from?: string | null; to?: string | null }): [string | null, string | null] {
  return [el.from?.trim() ? tryParseEdtf(el.from.trim())!.earliest : null, el.to?.trim() ? tryParseEdtf(el.to.trim())!.latest : null];
}

const guard =
  <C extends CollectionName>(collection: C) =>
  (value: unknown): value is RecordTypes[C] =>
    recordProblem(collection, value) === null;

export const isSource = /* @__PURE__ */ guard('sources');
export const isActor = /* @__PURE__ */ guard('actors');
export const isIssue = /* @__PURE__ */ guard('issues');
export const isTreaty = /* @__PURE__ */ guard('treaties');
export const isEvent = /* @__PURE__ */ guard('events');
export const isQuote = /* @__PURE__ */ guard('quotes');
export const isPosition = /* @__PURE__ */ guard('positions');
export const isLinkage = /* @__PURE__ */ guard('linkages');

/**
 * The data package's per-record loader table, itself loaded lazily: it lists every id, so it is
 * data that grows with the dataset — pages that pass records by property never download it, and
 * in the CDN bundle it is a chunk of its own.
 */
const lazy = () => import('@arms-control/data/lazy');

/** The ids of a collection (loads the id table on first use, not the records). */
export async function loadIds(collection: CollectionName): Promise<string[]> {
  return (await lazy()).recordIds(collection);
}

/** The outcome of `loadById`: the record, or a message saying what went wrong. */
export type LoadResult<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly message: string };

/**
 * Loads one record by id through the data package's lazy per-record imports (each record is its own
 * module/chunk). Never rejects: an empty, malformed or unknown id, a failed import or a record that
 * fails `recordProblem` resolves to `{ ok: false, message }`. `attribute` names the attribute
 * the id came from, for messages.
 */
export async function loadById<C extends CollectionName>(
  collection: C,
  id: unknown,
  attribute: string = NOUN[collection],
  messages: Partial<ErrorStrings> = errorStrings,
): Promise<LoadResult<RecordTypes[C]>> {
  const m = { ...errorStrings, ...messages };
  const value = typeof id === 'string' ? id.trim() : '';
  if (value === '') return { ok: false, message: fill(m.emptyAttribute, { attribute }) };
  if (!isValidId(value)) return { ok: false, message: fill(m.malformedId, { attribute, value }) };
  let record: unknown;
  try {
    record = await (await lazy()).loadRecord(collection, value);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: fill(m.loadFailed, { collection: NOUN[collection], value, reason }) };
  }
  if (record === undefined) return { ok: false, message: fill(m.unknownId, { collection: NOUN[collection], value }) };
  const problem = recordProblem(collection, record, attribute);
  return problem ? { ok: false, message: problem } : { ok: true, record: record as RecordTypes[C] };
}

/** Loads several records of one collection, skipping ids that fail; keeps the order of `ids`. */
export async function loadMany<C extends CollectionName>(collection: C, ids: readonly string[]): Promise<RecordTypes[C][]> {
  const results = await Promise.all(ids.map((id) => loadById(collection, id)));
  return results.flatMap((r) => (r.ok ? [r.record] : []));
}
