import type { CollectionName } from '../collections.js';
import { tryParseEdtf } from '../edtf.js';
import type { RecordIndex } from './index.js';

type Report = (field: string, message: string) => void;
type Fields = Record<string, unknown>;

const bounds = (value: unknown) => tryParseEdtf(value);

/** Reports when `before` (field a) can only be later than `after` (field b). */
function mustPrecede(record: Fields, a: string, b: string, report: Report, what: string) {
  const first = bounds(record[a]);
  const second = bounds(record[b]);
  if (first?.earliest && second?.latest && first.earliest > second.latest) {
    report(b, `${what}: ${b} (${String(record[b])}) is before ${a} (${String(record[a])})`);
  }
}

function checkLinkageHistory(record: Fields, report: Report) {
  const history = Array.isArray(record.history) ? (record.history as Fields[]) : [];
  let previous = bounds(record.date);
  history.forEach((step, i) => {
    const current = bounds(step.date);
    if (previous?.earliest && current?.latest && previous.earliest > current.latest) {
      report(`history[${i}].date`, `steps must be in date order and not before the linkage's date (${String(step.date)} comes after an earlier step dated later)`);
    }
    previous = current ?? previous;
  });
}

function checkRoles(record: Fields, report: Report) {
  const roles = Array.isArray(record.roles) ? (record.roles as Fields[]) : [];
  roles.forEach((role, i) => mustPrecede(role, 'start', 'end', (f, m) => report(`roles[${i}].${f}`, m), 'a role cannot end before it starts'));
}

/** A quote cannot be dated after every source that prints it. */
function checkQuoteBeforeSource(record: Fields, index: RecordIndex, report: Report) {
  const said = bounds(record.date);
  const evidence = Array.isArray(record.evidence) ? (record.evidence as Fields[]) : [];
  const published = evidence
    .map((e) => index.sources.get(String(e.source)) as Fields | undefined)
    .map((source) => bounds(source?.published)?.latest)
    .filter((d): d is string => typeof d === 'string');
  if (said?.earliest && published.length && published.every((p) => said.earliest! > p)) {
    report('date', `the quote is dated ${String(record.date)}, after the publication of every source that prints it`);
  }
}

const findRecord = (index: RecordIndex, collection: 'events' | 'treaties', id: unknown) =>
  index[collection].get(String(id)) as Fields | undefined;

/** Whether two EDTF values can mean a common day. */
function overlap(a: unknown, b: unknown): boolean {
  const x = bounds(a);
  const y = bounds(b);
  if (!x || !y) return true;
  return !((x.latest && y.earliest && x.latest < y.earliest) || (y.latest && x.earliest && y.latest < x.earliest));
}

/** A quote said at an event, or a linkage step taken at one, must share a possible day with it. */
function checkEventReference(path: string, date: unknown, eventId: unknown, index: RecordIndex, report: Report) {
  const event = eventId === undefined ? undefined : findRecord(index, 'events', eventId);
  if (event && !overlap(date, event.date)) {
    report(path, `${String(date)} cannot be the date of event "${String(eventId)}" (${String(event.date)})`);
  }
}

const TREATY_FIELD: Record<string, string> = { signed: 'signed', 'entered-into-force': 'enteredIntoForce' };

/** An event that signs a treaty, or brings it into force, must agree with the treaty's own date. */
function checkTreatyActions(record: Fields, index: RecordIndex, report: Report) {
  const actions = Array.isArray(record.treatyActions) ? (record.treatyActions as Fields[]) : [];
  actions.forEach((action, i) => {
    const field = TREATY_FIELD[String(action.action)];
    const treaty = field ? findRecord(index, 'treaties', action.treaty) : undefined;
    if (treaty && field && !overlap(action.effective ?? record.date, treaty[field])) {
      report(`treatyActions[${i}]`, `the event dates the treaty's ${field} ${String(action.effective ?? record.date)}, the treaty record says ${String(treaty[field])}`);
    }
  });
}

export function checkDateOrder(collection: CollectionName, record: unknown, index: RecordIndex, report: Report): void {
  if (typeof record !== 'object' || record === null) return;
  const fields = record as Fields;
  if (collection === 'treaties') {
    mustPrecede(fields, 'signed', 'enteredIntoForce', report, 'a treaty cannot enter into force before it is signed');
    mustPrecede(fields, 'enteredIntoForce', 'expires', report, 'a treaty cannot expire before it enters into force');
    mustPrecede(fields, 'signed', 'expires', report, 'a treaty cannot expire before it is signed');
  }
  if (collection === 'actors') checkRoles(fields, report);
  if (collection === 'linkages') checkLinkageHistory(fields, report);
  if (collection === 'quotes') {
    checkQuoteBeforeSource(fields, index, report);
    checkEventReference('date', fields.date, fields.event, index, report);
  }
  if (collection === 'linkages' && Array.isArray(fields.history)) {
    (fields.history as Fields[]).forEach((step, i) => checkEventReference(`history[${i}].date`, step.date, step.event, index, report));
  }
  if (collection === 'events') checkTreatyActions(fields, index, report);
}
