/**
 * A small parser for the EDTF subset the dataset uses (ISO 8601-2 Level 0 and parts of Level 1):
 * `2009`, `2009-05`, `2009-05-07`, seasons `2009-21`…`2009-24`, the qualifiers `?` (uncertain),
 * `~` (approximate) and `%` (both), and intervals `2014-03-24/2014-03-30` with open (`..`) or unknown ('') ends.
 */

export type EdtfPrecision = 'year' | 'season' | 'month' | 'day';

export interface EdtfDate {
  readonly kind: 'date';
  readonly precision: EdtfPrecision;
  readonly year: number;
  /** 1–12 for month/day precision; 21–24 for seasons. */
  readonly month?: number;
  readonly day?: number;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  /** First and last ISO day (YYYY-MM-DD) the date can mean. */
  readonly earliest: string;
  readonly latest: string;
}

export interface EdtfInterval {
  readonly kind: 'interval';
  /** null for an open (`..`) or unknown ('') end. */
  readonly start: EdtfDate | null;
  readonly end: EdtfDate | null;
  readonly earliest: string | null;
  readonly latest: string | null;
}

export type Edtf = EdtfDate | EdtfInterval;

export class EdtfError extends Error {
  override name = 'EdtfError';
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** Seasons as northern-hemisphere meteorological seasons: spring = March–May, and so on. */
const SEASON_MONTHS: Record<number, [number, number]> = { 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 14] };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO day for year/month, normalising months past 12 into the next year (used by winter). */
function isoDay(year: number, month: number, day: number | 'last'): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  const d = day === 'last' ? daysInMonth(y, m) : day;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function parseDate(text: string): EdtfDate {
  const match = DATE.exec(text);
  if (!match) throw new EdtfError(`"${text}" is not an EDTF date (expected YYYY, YYYY-MM, YYYY-MM-DD or a season YYYY-21…24, optionally followed by ?, ~ or %)`);
  const [, y, m, d, q] = match;
  const year = Number(y);
  const qualifiers = { uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%' };
  if (m === undefined) {
    return { kind: 'date', precision: 'year', year, ...qualifiers, earliest: isoDay(year, 1, 1), latest: isoDay(year, 12, 31) };
  }
  const month = Number(m);
  if (d === undefined && SEASON_MONTHS[month]) {
    const [first, last] = SEASON_MONTHS[month]!;
    return { kind: 'date', precision: 'season', year, month, ...qualifiers, earliest: isoDay(year, first, 1), latest: isoDay(year, last, 'last') };
  }
  if (month < 1 || month > 12) throw new EdtfError(`"${text}" has month ${m}, which is neither 01–12 nor a season 21–24`);
  if (d === undefined) {
    return { kind: 'date', precision: 'month', year, month, ...qualifiers, earliest: isoDay(year, month, 1), latest: isoDay(year, month, 'last') };
  }
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) throw new EdtfError(`"${text}" has day ${d}, which ${pad(year, 4)}-${m} does not have`);
  const iso = isoDay(year, month, day);
  return { kind: 'date', precision: 'day', year, month, day, ...qualifiers, earliest: iso, latest: iso };
}

/** Parses an EDTF string, throwing an EdtfError that says what is wrong. */
export function parseEdtf(text: string): Edtf {
  if (typeof text !== 'string') throw new EdtfError(`expected an EDTF string, got ${typeof text}`);
  const parts = text.split('/');
  if (parts.length === 1) return parseDate(text);
  if (parts.length > 2) throw new EdtfError(`"${text}" has more than one "/"`);
  const [a, b] = parts as [string, string];
  const start = a === '..' || a === '' ? null : parseDate(a);
  const end = b === '..' || b === '' ? null : parseDate(b);
  if (!start && !end) throw new EdtfError(`"${text}" is an interval with neither end known`);
  if (start && end && start.earliest > end.latest) throw new EdtfError(`"${text}" ends before it starts`);
  return { kind: 'interval', start, end, earliest: start?.earliest ?? null, latest: end?.latest ?? null };
}

/** Like parseEdtf, but returns null instead of throwing. */
export function tryParseEdtf(text: unknown): Edtf | null {
  try {
    return typeof text === 'string' ? parseEdtf(text) : null;
  } catch {
    return null;
  }
}

/** The first and last ISO day an EDTF string can mean (null for open ends). */
export function edtfBounds(text: string): { earliest: string | null; latest: string | null } {
  const { earliest, latest } = parseEdtf(text);
  return { earliest, latest };
}
