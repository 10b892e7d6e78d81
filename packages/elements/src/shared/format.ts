import { parseEdtf, type EdtfDate } from '@arms-control/data/edtf';
import { dateStrings, fill, type DateStrings } from './strings.js';

/** The words `formatEdtf` puts around dates (English defaults in `dateStrings`). */
export type DateWords = DateStrings;

/**
 * The locale used for dates: bare `en` becomes `en-GB` ("7 May 2009", "24–30 March 2014"),
 * which reads unambiguously worldwide; any regional tag (`en-US`, `de`, `ru`…) is kept as given.
 */
export function dateLocale(locale: string): string {
  return locale.toLowerCase() === 'en' ? 'en-GB' : locale;
}

const OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

const SEASONS = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function plainDate(d: EdtfDate, locale: string, words: DateWords): string {
  if (d.precision === 'season') {
    const season = SEASONS[d.month as keyof typeof SEASONS];
    if (locale.toLowerCase().startsWith('en')) return fill(words[season], { year: d.year });
    // No Intl season names: show the months the season spans instead ("März–Mai 2009").
    return new Intl.DateTimeFormat(locale, OPTIONS.month).formatRange(utc(d.earliest), utc(d.latest));
  }
  return new Intl.DateTimeFormat(locale, OPTIONS[d.precision]).format(utc(d.earliest));
}

function qualified(text: string, d: EdtfDate, words: DateWords): string {
  let out = text;
  if (d.approximate) out = fill(words.approximate, { date: out });
  if (d.uncertain) out = fill(words.uncertain, { date: out });
  return out;
}

/**
 * Formats an EDTF string at the precision it carries, through Intl in `locale`:
 * day "7 May 2009", month "May 2009", year "2009", season "spring 2009", approximate
 * "about May 2009", uncertain "May 2009?", interval "24–30 March 2014" / "March–May 2014",
 * open interval "by March 2009" / "from 2018".
 *
 * Throws the data package's `EdtfError` (a message saying what is wrong) for an unreadable
 * string or a locale Intl rejects; use `tryFormatEdtf` for a null instead.
 */
export function formatEdtf(edtf: string, locale: string, words: DateWords = dateStrings): string {
  const parsed = parseEdtf(edtf);
  const loc = dateLocale(locale);
  if (parsed.kind === 'date') return qualified(plainDate(parsed, loc, words), parsed, words);
  const { start, end } = parsed;
  if (!start) return fill(words.openStart, { date: qualified(plainDate(end!, loc, words), end!, words) });
  if (!end) return fill(words.openEnd, { date: qualified(plainDate(start, loc, words), start, words) });
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === end.precision && start.precision !== 'season') {
    // Intl collapses the shared parts: "24–30 March 2014", "March–May 2014", "2009–2010".
    // Numeric ranges are set tight ("24–30", "2009–2010"), as style guides ask; CLDR pads them with thin spaces.
    const fmt = new Intl.DateTimeFormat(loc, OPTIONS[start.precision]);
    return fmt.formatRange(utc(start.earliest), utc(end.earliest)).replace(/(\d)\s*([–-])\s*(\d)/gu, '$1$2$3');
  }
  return `${qualified(plainDate(start, loc, words), start, words)} – ${qualified(plainDate(end, loc, words), end, words)}`;
}

/** Like `formatEdtf`, but returns null instead of throwing. */
export function tryFormatEdtf(edtf: unknown, locale: string, words: DateWords = dateStrings): string | null {
  if (typeof edtf !== 'string') return null;
  try {
    return formatEdtf(edtf, locale, words);
  } catch {
    return null;
  }
}

/** The machine-readable value for a `<time datetime>` of an EDTF date: the ISO day, month or year it names, or '' when it has none. */
export function edtfDatetime(edtf: string): string {
  const m = /^(\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?)(?:[?~%])?$/.exec(edtf);
  return m ? m[1]! : '';
}

const DURATION_UNITS = [
  ['year', 31556952e3], // 365.2425 days (a literal, so that bundlers can drop the table when unused)
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
  ['second', 1e3],
] as const;

export type DurationUnit = (typeof DURATION_UNITS)[number][0];

/** Splits a duration (absolute value, ms) into whole years, days, hours, minutes and seconds. */
export function durationParts(ms: number): Record<DurationUnit, number> {
  let rest = Math.abs(ms);
  const out = {} as Record<DurationUnit, number>;
  for (const [unit, size] of DURATION_UNITS) {
    out[unit] = Math.floor(rest / size);
    rest -= out[unit] * size;
  }
  return out;
}

/**
 * A duration in words through Intl ("2 years, 290 days"), showing the `largest` most significant
 * non-zero units (default 2), down to `smallest` (default 'second'). Zero gives "0 seconds" (or the smallest unit).
 */
export function formatDuration(
  ms: number,
  locale: string,
  options: { largest?: number; smallest?: DurationUnit; unitDisplay?: 'long' | 'short' | 'narrow' } = {},
): string {
  const { largest = 2, smallest = 'second', unitDisplay = 'long' } = options;
  const parts = durationParts(ms);
  const units: DurationUnit[] = [];
  for (const [unit] of DURATION_UNITS) {
    if (units.length < largest && (parts[unit] > 0 || units.length > 0)) units.push(unit);
    if (unit === smallest) break;
  }
  const shown = units.filter((u) => parts[u] > 0);
  if (shown.length === 0) shown.push(smallest);
  const list = shown.map((unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(parts[unit]));
  return new Intl.ListFormat(locale, { style: unitDisplay === 'long' ? 'long' : 'narrow', type: 'unit' }).format(list);
}

/** A day offset in words through Intl.RelativeTimeFormat: -290 → "290 days ago", 3 → "in 3 days", 0 → "today". */
export function formatRelativeDays(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(days), 'day');
}
