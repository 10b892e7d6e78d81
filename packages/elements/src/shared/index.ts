// The shared layer as one module (used by the size report to measure it once).
export * from './ac-element.js';
export * from './css.js';
export * from './css-props.js';
export * from './data.js';
export * from './format.js';
export * from './strings.js';
export * from './theme.styles.js';
