import { css } from '../shared/css.js';

export const timelineStyles = css`
  :host {
    background: var(--_bg);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    padding-block: 0 var(--_space);
    padding-inline: 1.25rem 0;
    border-inline-start: 2px solid var(--ac-timeline-line, var(--_border));
    margin-inline-start: 0.4rem;
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.4rem - 1px);
    inset-block-start: 0.35rem;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 3px var(--_bg);
  }
  time {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  p {
    margin: 0.125rem 0 0;
  }
  .title {
    font-weight: 700;
  }
  .description,
  .sources,
  .count,
  .tag {
    font-size: 0.875rem;
  }
  .sources,
  .count,
  .tag,
  .empty {
    color: var(--_muted);
  }
  .count {
    margin-block-end: calc(var(--_space) / 2);
  }
`;
