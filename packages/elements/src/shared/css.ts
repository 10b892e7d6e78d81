import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of our style sheets: Lit's `css` for static CSS. None of our styles interpolates
 * (a substitution is a type error here), so the bundle need not carry Lit's `css`, whose value
 * checks and messages cost ~150 B min+gz of the CDN budget. The text is our own literal CSS,
 * never input from a page, which is what makes `unsafeCSS` safe.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
