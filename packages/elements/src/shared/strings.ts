/**
 * English defaults for every user-visible string. Each element has a `strings` property
 * that takes a partial object of the same shape; `mergeStrings` overlays it on the defaults
 * (non-string values are ignored, so a wrong override never breaks rendering).
 * Templates use `{name}` placeholders, filled with `fill()`.
 */

/** Error messages shared by every element (shown in the `part="error"` box and the `ac-error` event). */
export const errorStrings = {
  emptyAttribute: 'The "{attribute}" attribute is empty.',
  malformedId: 'The "{attribute}" attribute "{value}" is not a valid id (lower-case words joined by hyphens).',
  unknownId: 'No {collection} record with the id "{value}" exists.',
  loadFailed: 'The {collection} record "{value}" could not be loaded: {reason}',
  wrongType: 'The "{property}" property must be {expected}, not {actual}.',
  missingField: 'The {expected} given in "{property}" has no valid "{field}".',
  markup: 'The "{field}" text of the {expected} contains HTML markup; it is never rendered as HTML.',
  badDate: 'The date "{value}" could not be read: {reason}',
} as const;

/** Words used by `formatEdtf` around a formatted date. */
export const dateStrings = {
  approximate: 'about {date}',
  uncertain: '{date}?',
  openStart: 'by {date}',
  openEnd: 'from {date}',
  /** Seasons as EDTF numbers them (21 spring … 24 winter); used for English locales only. */
  spring: 'spring {year}',
  summer: 'summer {year}',
  autumn: 'autumn {year}',
  winter: 'winter {year}',
} as const;

/** `<ac-quote-card>` strings. */
export const quoteCardStrings = {
  ...errorStrings,
  ...dateStrings,
  source: 'Source',
  sources: 'Sources',
  translated: 'translation',
  speakerRole: '{name}, {role}',
} as const;

/** A strings table whose values are plain strings (the shape `mergeStrings` accepts and returns). */
export type Strings<T> = { readonly [K in keyof T]: string };
export type ErrorStrings = Strings<typeof errorStrings>;
export type DateStrings = Strings<typeof dateStrings>;
export type QuoteCardStrings = Strings<typeof quoteCardStrings>;

/** Overlays the string-valued entries of `overrides` on `defaults`; anything else is ignored. */
export function mergeStrings<T extends { readonly [key: string]: string }>(defaults: T, overrides: unknown): T {
  if (!overrides || typeof overrides !== 'object') return defaults;
  const out: Record<string, string> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const value = (overrides as Record<string, unknown>)[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out as T;
}

/** Replaces `{name}` placeholders with values (missing values leave the placeholder's name out). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : ''));
}

/** `<ac-treaty-countdown>` strings (English defaults; override any through the `strings` property). */
export const treatyCountdownStrings = {
  ...errorStrings,
  ...dateStrings,
  noTarget: 'Nothing to count down to: set the "treaty" attribute, or "date" and "label".',
  badPrecision: '"precision" must be second, minute, hour or day, not "{value}".',
  /** Under the running digits. */
  untilExpiry: 'until expiry on {date}',
  until: 'until {date}',
  /** The large line once the deadline has passed; {ago} is Intl's "290 days ago". */
  ago: 'expired {ago}',
  agoEnded: 'ended {ago}',
  agoDate: 'passed {ago}',
  noExpiry: 'no expiry date',
  /** The stable sentence for screen readers (changes at most once a day). */
  sentenceBefore: '{name} expires on {date}, {in}.',
  sentenceAfter: '{name} ended on {date}, {ago}.',
  sentenceDateBefore: '{name}: {date}, {in}.',
  sentenceDateAfter: '{name}: {date}, {ago}.',
  sentenceNoExpiry: '{name}: {status}.',
  since: '{status} since {date}',
  lifetime: 'Lifetime',
  today: 'today',
  history: 'History',
  by: ' by {party}',
  'not-signed': 'Not signed',
  signed: 'Signed, not in force',
  'never-in-force': 'Never in force',
  'in-force': 'In force',
  extended: 'Extended',
  suspended: 'Suspended',
  expired: 'Expired',
  terminated: 'Terminated',
  /** Milestones in the history list (status names above double as milestone names). */
  signedAction: 'Signed',
  'entered-into-force': 'Entered into force',
  ratified: 'Ratified',
  resumed: 'Resumed',
  'withdrawal-announced': 'Withdrawal announced',
  withdrawn: 'Withdrawn',
  extendedUntil: 'Extended until {date}',
} as const;

/** `<ac-event-timeline>` strings (English defaults; override any through the `strings` property). */
export const eventTimelineStrings = {
  ...errorStrings,
  ...dateStrings,
  badPeriod: 'The period is empty: "from" ({from}) is after "to" ({to}).',
  empty: 'No events match these filters.',
  source: 'Source',
  sources: 'Sources',
  scheduled: 'scheduled',
  /** Shown above a windowed (long) list. */
  count: '{count} events',
} as const;

/** `<ac-linkage-diagram>` strings (English defaults; override any through the `strings` property). */
export const linkageDiagramStrings = {
  ...errorStrings,
  ...dateStrings,
  badPeriod: 'The period is empty: "from" ({from}) is after "to" ({to}).',
  title: 'Issue linkages',
  description: '{count} linkages between {issues} issues. Each arrow runs from the issue used as leverage to the issue sought; colour shows who made the linkage, line style its status.',
  empty: 'No linkages match these filters.',
  legend: 'Legend',
  list: 'Linkages as a list',
  close: 'Close',
  source: 'Source',
  /** Accessible name of a node. */
  node: '{name}: {count} linkages',
  /** Accessible name of an edge (and a list item's first line); starts with the visible label. */
  edge: '{label}: {linker}, {leverage} → {sought}',
  /** The short label on an edge. */
  label: '{mechanism} · {status}',
  /** Line styles in the legend. */
  open: 'open (proposed, reiterated)',
  settled: 'in effect (accepted, codified, implemented)',
  ended: 'ended (rejected, withdrawn, lapsed)',
  exchange: 'exchange',
  precondition: 'precondition',
  threat: 'threat',
  inducement: 'inducement',
  sanction: 'sanction',
  proposed: 'proposed',
  reiterated: 'reiterated',
  rejected: 'rejected',
  accepted: 'accepted',
  withdrawn: 'withdrawn',
  codified: 'codified',
  lapsed: 'lapsed',
  implemented: 'implemented',
} as const;
