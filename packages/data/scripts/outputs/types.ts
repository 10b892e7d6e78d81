import type { SchemaNode } from '../../src/validate/json-schema.js';

/**
 * Prints TypeScript declarations from the entity JSON Schemas, so the published types need no
 * schema library. Sub-schemas with a `title` become named declarations; the rest are inlined.
 */
export function printTypes(entities: Record<string, SchemaNode>): string {
  const named = new Map<string, string>();
  for (const [name, schema] of Object.entries(entities)) named.set(name, declaration(name, schema, named));
  return ['// Generated from the entity schemas by scripts/build.ts. Do not edit.', '', ...named.values()].join('\n');
}

const doc = (text: unknown, indent = '') => (typeof text === 'string' ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

function declaration(name: string, schema: SchemaNode, named: Map<string, string>): string {
  const body = schema.type === 'object' ? `interface ${name} ${objectType(schema, named, '')}` : `type ${name} = ${typeOf(schema, named, '')};`;
  return `${doc(schema.description)}export ${body}\n`;
}

function typeOf(schema: SchemaNode, named: Map<string, string>, indent: string): string {
  if (schema.anyOf) return schema.anyOf.map((s) => reference(s, named, indent)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  switch (schema.type) {
    case 'string': return 'string';
    case 'number': case 'integer': return 'number';
    case 'boolean': return 'boolean';
    case 'null': return 'null';
    case 'array': return `readonly ${wrap(reference(schema.items ?? {}, named, indent))}[]`;
    case 'object': return objectType(schema, named, indent);
    default: return 'unknown';
  }
}

const wrap = (type: string) => (type.includes('|') ? `(${type})` : type);

/** A titled sub-schema is declared once under its title and referred to by name. */
function reference(schema: SchemaNode, named: Map<string, string>, indent: string): string {
  const title = typeof schema.title === 'string' ? schema.title : undefined;
  if (!title) return typeOf(schema, named, indent);
  if (!named.has(title)) {
    named.set(title, '');
    named.set(title, declaration(title, schema, named));
  }
  return title;
}

function objectType(schema: SchemaNode, named: Map<string, string>, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([key, child]) => {
    const optional = required.has(key) ? '' : '?';
    return `${doc(child.description, inner)}${inner}readonly ${key}${optional}: ${reference(child, named, inner)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}
