/**
 * @arms-control/elements — every element, defined on import.
 * Per-element entry points: `@arms-control/elements/quote-card.js`, `…/treaty-countdown.js`,
 * `…/linkage-diagram.js`, `…/event-timeline.js`.
 */
// (This order packs the CDN bundle best: gzip looks back only 32 KB, so similar code stays close.)
export * from './treaty-countdown/treaty-countdown.js';
export * from './event-timeline/event-timeline.js';
export * from './quote-card/quote-card.js';
export * from './linkage-diagram/linkage-diagram.js';
export { AcElement, type AcErrorDetail, type Theme } from './shared/ac-element.js';
// The date formatting the elements use; every formatting helper (formatDuration, edtfDatetime…) without
// defining any element: `@arms-control/elements/format.js`.
export { formatEdtf, tryFormatEdtf, formatRelativeDays } from './shared/format.js';
