// Type-level checks of the JSX and HTMLElementTagNameMap types (run by `tsc -p tsconfig.json`).
import type { AcIntrinsicElements } from '../../src/jsx.js';
import type { AcQuoteCard } from '../../src/quote-card/quote-card.js';

const card: JSX.IntrinsicElements['ac-quote-card'] = { quote: 'putin-2009-05-07-russia-will-link', variant: 'compact', theme: 'dark', class: 'x' };
const viaAlias: AcIntrinsicElements['ac-quote-card'] = { 'onac-error': (e) => e.detail.message.toUpperCase() };
// @ts-expect-error variant is 'full' | 'compact'
const badVariant: AcIntrinsicElements['ac-quote-card'] = { variant: 'huge' };
// @ts-expect-error theme is 'auto' | 'light' | 'dark'
const badTheme: AcIntrinsicElements['ac-quote-card'] = { theme: 'blue' };
const el: AcQuoteCard = document.createElement('ac-quote-card');
export { card, viaAlias, badVariant, badTheme, el };
