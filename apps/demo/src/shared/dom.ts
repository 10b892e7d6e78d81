/**
 * A tiny virtual-DOM used for markup that both the build (Node, to HTML strings) and the browser (the embed
 * builder, to real nodes — no innerHTML, so no Trusted Types policy is needed) produce from the same code.
 */
export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = VNode | string | number | null | undefined | false | readonly Child[];
export interface VNode {
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: readonly Child[];
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

export function h(tag: string, attrs: Attrs | null = null, ...children: Child[]): VNode {
  return { tag, attrs: attrs ?? {}, children };
}

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isNode(c: Child): c is VNode {
  return typeof c === 'object' && c !== null && !Array.isArray(c);
}

/** Serializes to HTML; attribute and text values are always escaped. */
export function toHTML(child: Child, indent = ''): string {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return child.map((c) => toHTML(c, indent)).join('');
  if (!isNode(child)) return esc(String(child));
  const attrs = Object.entries(child.attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`))
    .join('');
  const open = `<${child.tag}${attrs}>`;
  if (VOID.has(child.tag)) return open;
  const block = /^(ol|ul|figure|section|div|blockquote|ac-.*)$/.test(child.tag);
  const inner = child.children.map((c) => (block && isNode(c) ? `\n${indent}  ` : '') + toHTML(c, `${indent}  `)).join('');
  return `${open}${inner}${block && child.children.some(isNode) ? `\n${indent}` : ''}</${child.tag}>`;
}

/** Builds real DOM nodes (browser only). */
export function toDOM(child: Child, doc: Document = document): Node {
  if (child === null || child === undefined || child === false) return doc.createDocumentFragment();
  if (Array.isArray(child)) {
    const frag = doc.createDocumentFragment();
    for (const c of child) frag.append(toDOM(c, doc));
    return frag;
  }
  if (!isNode(child)) return doc.createTextNode(String(child));
  const el = doc.createElement(child.tag);
  for (const [k, v] of Object.entries(child.attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of child.children) el.append(toDOM(c, doc));
  return el;
}
