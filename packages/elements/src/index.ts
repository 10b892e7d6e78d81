/**
 * @arms-control/elements — every element, defined on import.
 * Per-element entry points: `@arms-control/elements/quote-card.js`, `…/treaty-countdown.js`,
 * `…/linkage-diagram.js`, `…/event-timeline.js`.
 */
export * from './quote-card/quote-card.js';
export * from './treaty-countdown/treaty-countdown.js';
export * from './linkage-diagram/linkage-diagram.js';
export * from './event-timeline/event-timeline.js';
export { AcElement, type AcErrorDetail, type Theme } from './shared/ac-element.js';
export { formatEdtf, tryFormatEdtf, formatDuration, formatRelativeDays } from './shared/format.js';
