import { css } from '../shared/css.js';

export const linkageDiagramStyles = css`
  :host {
    background: var(--_bg);
  }

  .wrap {
    position: relative;
  }

  svg {
    display: block;
  }

  [part='diagram'] {
    max-inline-size: 100%;
    block-size: auto;
  }

  /* actor colours (tokens from actorColour; classes, not inline styles, for strict CSP pages) */
  .actor-us {
    --c: var(--_actor-us);
  }
  .actor-ru {
    --c: var(--_actor-ru);
  }
  .p0 {
    --c: var(--_p0);
  }
  .p1 {
    --c: var(--_p1);
  }
  .p2 {
    --c: var(--_p2);
  }
  .p3 {
    --c: var(--_p3);
  }

  .edge {
    fill: none;
    stroke: var(--c, var(--_muted));
    stroke-width: 2;
  }

  .open {
    stroke-dasharray: 7 4;
  }

  .settled {
    stroke-width: 3;
  }

  .ended {
    stroke-dasharray: 1 5;
    stroke-linecap: round;
  }

  .edge.on {
    stroke-width: 4.5;
  }

  g {
    cursor: pointer;
  }

  rect {
    fill: var(--_bg);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }

  .label rect {
    stroke: var(--c);
    stroke-dasharray: none;
  }

  text {
    fill: var(--_fg);
    font-size: 13px;
    text-anchor: middle;
  }

  .label text {
    font-size: 12px;
  }

  g:hover rect,
  .node:focus-visible rect,
  .label:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  .details {
    position: absolute;
    inline-size: min(22rem, 100%);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 4px 16px #0004;
    font-size: 0.875rem;
  }

  h3 {
    margin-block: 0 0.25rem;
    margin-inline-end: 1.75rem;
    font-size: 1rem;
  }

  p {
    margin-block: 0.25rem;
  }

  .meta,
  .empty {
    color: var(--_muted);
  }

  blockquote {
    margin: 0.5rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }

  .close {
    position: absolute;
    inset-block-start: 0.25rem;
    inset-inline-end: 0.25rem;
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    border: 0;
    background: none;
    color: inherit;
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

`;
