import { css } from './css.js';

/**
 * Host defaults for the `--ac-*` design tokens shared by every element.
 *
 * Pages override any token on the element or an ancestor (`ac-quote-card { --ac-accent: teal }`).
 * `theme="light"` and `theme="dark"` force a palette (through `color-scheme`, which every
 * `light-dark()` default follows); `theme="auto"` (the default) follows `prefers-color-scheme`. Colours meet WCAG 2.2 AA contrast against `--ac-bg` in both palettes.
 * Layout uses logical properties only, so right-to-left pages work.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--ac-fg, light-dark(#1b1f24, #e6edf3));
    --_bg: var(--ac-bg, light-dark(#fff, #161b22));
    --_muted: var(--ac-muted, light-dark(#57606a, #9da7b3));
    --_accent: var(--ac-accent, light-dark(#0b5cad, #6cb6ff));
    --_border: var(--ac-border, light-dark(#d0d7de, #3d444d));
    --_focus: var(--ac-focus, light-dark(#0b5cad, #6cb6ff));
    --_error-fg: var(--ac-error-fg, light-dark(#a40e26, #ffb3ad));
    --_error-bg: var(--ac-error-bg, light-dark(#ffebe9, #3d1214));
    --_actor-us: var(--ac-actor-us, light-dark(#0b5cad, #6cb6ff));
    --_actor-ru: var(--ac-actor-ru, light-dark(#b3261e, #ff8e85));
    --_actor-other: var(--ac-actor-other, light-dark(#6e5a00, #e3c35b));
    /* palette slots for other actors (see actorColour) */
    --_p0: var(--_actor-other);
    --_p1: light-dark(#6e40c9, #d2a8ff);
    --_p2: light-dark(#1a7f37, #56d364);
    --_p3: light-dark(#9c4a00, #f0a868);
    --_font: var(--ac-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--ac-radius, 0.5rem);
    --_space: var(--ac-space, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    /* auto follows prefers-color-scheme; every colour above is one light-dark() pair */
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .error {
    margin-block-end: calc(var(--_space) / 2);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_error-fg);
    background: var(--_error-bg);
    font-size: 0.875rem;
  }

  .fallback {
    display: block;
    color: var(--_fg);
    background: var(--_bg);
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* no element animates by itself; this also stops motion a page adds through ::part() */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
