import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** CSS properties (standard or custom) to set on an element; `''`, null or undefined removes one. */
export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  render(_props: CssProps) {
    return noChange;
  }

  override update({ element }: ElementPart, [props]: [CssProps]) {
    for (const name in props) (element as HTMLElement).style.setProperty(name, props[name] == null ? null : String(props[name]));
    return noChange;
  }
}

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`) instead of a `style`
 * attribute, so elements work on pages whose Content-Security-Policy forbids inline styles
 * (`style-src` without 'unsafe-inline', or `style-src-attr 'none'`): CSP blocks style
 * *attributes* written into markup, including the string `styleMap` renders first, but not the CSSOM.
 *
 * An element-part directive: `html\`<div ${cssProps({ 'inline-size': '40%', '--c': 'red' })}></div>\``.
 * Renders nothing on the server (@lit-labs/ssr skips element parts); applied on hydration and every update.
 * Keep the set of property names stable between renders (or pass '' to remove one).
 */
export const cssProps = directive(CssPropsDirective);
