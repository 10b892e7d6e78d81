import { css } from '../shared/css.js';

export const quoteCardStyles = css`
  :host {
    --_quote-font: var(--ac-quote-font, var(--_font));
    --_quote-size: var(--ac-quote-size, clamp(1.0625rem, 0.95rem + 0.5vw, 1.25rem));
    max-inline-size: 48rem;
  }

  figure {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }

  blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    font-family: var(--_quote-font);
    font-size: var(--_quote-size);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }

  blockquote p {
    margin: 0;
  }

  blockquote p::before {
    content: '\\201C';
  }

  blockquote p::after {
    content: '\\201D';
  }

  figcaption {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) + 4px);
    font-size: 0.9375rem;
  }

  .speaker {
    font-weight: 600;
  }

  .role,
  .meta,
  .sources {
    color: var(--_muted);
  }

  .meta {
    display: block;
  }

  .sources {
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .sources li + li {
    margin-block-start: 0.25rem;
  }

  .sources a {
    overflow-wrap: anywhere;
  }

  cite {
    font-style: normal;
  }

  .translated {
    font-style: italic;
  }

  /* compact: one caption line under a smaller quote */
  :host([variant='compact']) figure {
    padding: calc(var(--_space) * 0.75);
  }

  :host([variant='compact']) blockquote {
    font-size: calc(var(--_quote-size) * 0.8);
  }

  :host([variant='compact']) .meta {
    display: inline;
  }

  :host([variant='compact']) figcaption {
    font-size: 0.875rem;
  }

  :host([variant='compact']) .sources {
    display: inline;
    margin: 0;
  }

  :host([variant='compact']) .sources li {
    display: inline;
  }
`;
