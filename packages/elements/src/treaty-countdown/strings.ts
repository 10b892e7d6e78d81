import { dateStrings, errorStrings } from '../shared/strings.js';

/** `<ac-treaty-countdown>` strings (English defaults; override any through the `strings` property). */
export const treatyCountdownStrings = {
  ...errorStrings,
  ...dateStrings,
  noTarget: 'Nothing to count down to: set the "treaty" attribute, or "date" and "label".',
  badPrecision: 'The "precision" attribute "{value}" is not one of second, minute, hour or day.',
  loading: 'Loading treaty…',
  /** Under the running digits. */
  untilExpiry: 'until expiry on {date}',
  until: 'until {date}',
  /** The large line once the deadline has passed; {ago} is Intl's "290 days ago". */
  expiredAgo: 'expired {ago}',
  passedAgo: 'passed {ago}',
  noExpiry: 'no expiry date',
  /** The stable sentence for screen readers (changes at most once a day). */
  sentenceBefore: '{name} expires on {date}, {in}.',
  sentenceAfter: '{name} expired on {date}, {ago}.',
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
  'entered-into-force': 'Entered into force',
  resumed: 'Resumed',
  'withdrawal-announced': 'Withdrawal announced',
  withdrawn: 'Withdrawn',
  extendedUntil: 'Extended until {date}',
} as const;

export type TreatyCountdownStrings = { readonly [K in keyof typeof treatyCountdownStrings]: string };
