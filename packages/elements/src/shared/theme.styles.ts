import { css } from 'lit';

/**
 * Host defaults for the `--ac-*` design tokens shared by every element.
 *
 * Pages override any token on the element or an ancestor (`ac-quote-card { --ac-accent: teal }`).
 * `theme="light"` and `theme="dark"` force a palette; `theme="auto"` (the default) follows
 * `prefers-color-scheme`. Colours meet WCAG 2.2 AA contrast against `--ac-bg` in both palettes.
 * Layout uses logical properties only, so right-to-left pages work.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--ac-fg, #1b1f24);
    --_bg: var(--ac-bg, #ffffff);
    --_muted: var(--ac-muted, #57606a);
    --_accent: var(--ac-accent, #0b5cad);
    --_border: var(--ac-border, #d0d7de);
    --_focus: var(--ac-focus, #0b5cad);
    --_error-fg: var(--ac-error-fg, #a40e26);
    --_error-bg: var(--ac-error-bg, #ffebe9);
    --_actor-us: var(--ac-actor-us, #0b5cad);
    --_actor-ru: var(--ac-actor-ru, #b3261e);
    --_actor-other: var(--ac-actor-other, #6e5a00);
    --_font: var(--ac-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--ac-radius, 0.5rem);
    --_space: var(--ac-space, 1rem);
    --_transition: 150ms ease-out;

    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--_font);
    line-height: 1.5;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    --_fg: var(--ac-fg, #e6edf3);
    --_bg: var(--ac-bg, #161b22);
    --_muted: var(--ac-muted, #9da7b3);
    --_accent: var(--ac-accent, #6cb6ff);
    --_border: var(--ac-border, #3d444d);
    --_focus: var(--ac-focus, #6cb6ff);
    --_error-fg: var(--ac-error-fg, #ffb3ad);
    --_error-bg: var(--ac-error-bg, #3d1214);
    --_actor-us: var(--ac-actor-us, #6cb6ff);
    --_actor-ru: var(--ac-actor-ru, #ff8e85);
    --_actor-other: var(--ac-actor-other, #e3c35b);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], [theme='dark'])) {
      --_fg: var(--ac-fg, #e6edf3);
      --_bg: var(--ac-bg, #161b22);
      --_muted: var(--ac-muted, #9da7b3);
      --_accent: var(--ac-accent, #6cb6ff);
      --_border: var(--ac-border, #3d444d);
      --_focus: var(--ac-focus, #6cb6ff);
      --_error-fg: var(--ac-error-fg, #ffb3ad);
      --_error-bg: var(--ac-error-bg, #3d1214);
      --_actor-us: var(--ac-actor-us, #6cb6ff);
      --_actor-ru: var(--ac-actor-ru, #ff8e85);
      --_actor-other: var(--ac-actor-other, #e3c35b);
      color-scheme: dark;
    }
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
    display: block;
    margin-block-end: calc(var(--_space) / 2);
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_error-fg);
    background: var(--_error-bg);
    font-family: var(--_font);
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
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
