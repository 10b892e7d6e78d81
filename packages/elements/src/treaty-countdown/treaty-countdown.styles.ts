import { css } from '../shared/css.js';

export const countdownStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }
  .label {
    font-weight: 700;
    font-size: 1.125rem;
  }
  .status {
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .status.in-force,
  .status.extended {
    color: var(--_accent);
  }
  .status.suspended,
  .status.expired,
  .status.terminated {
    color: var(--_error-fg);
  }
  p {
    margin: 0;
  }
  .time {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: var(--ac-countdown-size, clamp(1.5rem, 4vw + 0.75rem, 2rem));
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .unit small {
    font-size: 0.45em;
    color: var(--_muted);
  }
  .big {
    font-weight: 700;
  }
  .caption,
  .ends,
  .history {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .bar {
    position: relative;
    block-size: 0.75rem;
    margin-block: 0.5rem 0.25rem;
    border-radius: 999px;
    background: var(--_border);
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    border-radius: inherit;
    background: var(--_accent);
  }
  .today {
    position: absolute;
    inset-block: -0.3rem;
    inline-size: 3px;
    margin-inline-start: -1px;
    background: var(--_fg);
  }
  summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
