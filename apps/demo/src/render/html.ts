/** `html` tagged template for build-time pages: interpolated values are escaped unless they are markup already. */
import { esc, toHTML, type Child, type VNode } from '../shared/dom.js';

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Value = Markup | VNode | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Markup) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object') return toHTML(v as Child);
  return esc(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

export const raw = (s: string) => new Markup(s);
