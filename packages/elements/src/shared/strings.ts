/**
 * English defaults for every user-visible string. Each element has a `strings` property
 * that takes a partial object of the same shape; `mergeStrings` overlays it on the defaults
 * (non-string values are ignored, so a wrong override never breaks rendering).
 * Templates use `{name}` placeholders, filled with `fill()`.
 */

/** Error messages shared by every element (shown in the `part="error"` box and the `ac-error` event). */
export const errorStrings = {
  emptyAttribute: 'The "{attribute}" attribute is empty.',
  malformedId: 'The "{attribute}" attribute "{value}" is not a valid id (expected lower-case words joined by hyphens).',
  unknownId: 'No {collection} record with the id "{value}" exists in @arms-control/data.',
  loadFailed: 'The {collection} record "{value}" could not be loaded: {reason}',
  wrongType: 'The "{property}" property must be {expected}, but got {actual}.',
  missingField: 'The {expected} given in "{property}" has no valid "{field}".',
  markup: 'The "{field}" text of the {expected} contains HTML markup; it is never rendered as HTML.',
  badDate: 'The date "{value}" could not be read: {reason}',
  noInput: 'Nothing to show: set the "{attribute}" attribute or the "{property}" property.',
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
  loading: 'Loading quotation…',
  source: 'Source',
  sources: 'Sources',
  translated: 'translation',
  speakerRole: '{name}, {role}',
} as const;

/** A strings table whose values are plain strings (the shape `mergeStrings` accepts and returns). */
export type Strings<T> = { readonly [K in keyof T]: string };

/** Overlays the string-valued entries of `overrides` on `defaults`; anything else is ignored. */
export function mergeStrings<T extends Record<string, string>>(defaults: T, overrides: unknown): T {
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
