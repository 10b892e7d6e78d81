/**
 * JSX types for the `ac-*` elements (React, Preact, Solid and other JSX users):
 *
 * ```ts
 * import type {} from '@arms-control/elements/jsx';            // global JSX namespace (Preact, Solid, React ≤ 18 types)
 * // React 19 types keep JSX in the 'react' module; add once in a .d.ts of your app:
 * import type { AcIntrinsicElements } from '@arms-control/elements/jsx';
 * declare module 'react' { namespace JSX { interface IntrinsicElements extends AcIntrinsicElements {} } }
 * ```
 */
import type { LitElement } from 'lit';
import type {} from './index.js';
import type { Theme } from './shared/ac-element.js';

/** Attributes every element accepts in JSX, besides its own properties. */
export interface AcBaseProps {
  theme?: Theme;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  style?: string | Record<string, string | number>;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  /** `ac-error` listener (React 19 / Preact: `onac-error`; Solid: `on:ac-error`). */
  'onac-error'?: (event: CustomEvent<{ message: string }>) => void;
  'on:ac-error'?: (event: CustomEvent<{ message: string }>) => void;
  [attribute: `data-${string}` | `aria-${string}`]: unknown;
}

/** An element's own public properties (those not inherited from LitElement), all optional. */
export type AcElementProps<E> = Partial<Omit<E, keyof LitElement>> & AcBaseProps;

/** `IntrinsicElements` entries for every `ac-*` tag in `HTMLElementTagNameMap`. */
export type AcIntrinsicElements = {
  [K in keyof HTMLElementTagNameMap as K extends `ac-${string}` ? K : never]: AcElementProps<HTMLElementTagNameMap[K]>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends AcIntrinsicElements {}
  }
}
