/**
 * A checker for the part of JSON Schema our entity schemas use (type, properties, required,
 * additionalProperties, enum/const, anyOf, pattern, minLength, items, minItems, uniqueItems, format).
 * It reports every problem with the dotted path of the field, so errors can name file, record and field.
 */

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  format?: string;
  [keyword: string]: unknown;
}

export interface SchemaProblem {
  path: string;
  message: string;
}

export type FormatCheck = (value: string) => string | null;

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const matchesType = (value: unknown, type: string): boolean =>
  type === typeOf(value) || (type === 'number' && typeof value === 'number');

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const defaultFormats: Record<string, FormatCheck> = {
  uri: (v) => (/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v) ? null : `"${v}" is not an http(s) URL`),
  date: (v) => (ISO_DAY.test(v) && !Number.isNaN(Date.parse(v)) ? null : `"${v}" is not an ISO date`),
};

function describe(schema: SchemaNode): string {
  if (schema.anyOf) return schema.anyOf.map(describe).join(' or ');
  if ('const' in schema) return JSON.stringify(schema.const);
  return String(schema.type ?? 'value');
}

export function checkSchema(
  value: unknown,
  schema: SchemaNode,
  formats: Record<string, FormatCheck> = defaultFormats,
  path = '',
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const fail = (message: string, at = path) => problems.push({ path: at, message });

  if (schema.anyOf) {
    const options = schema.anyOf.map((option) => checkSchema(value, option, formats, path));
    const best = options.find((o) => o.length === 0);
    if (!best) {
      const consts = schema.anyOf.filter((o) => 'const' in o);
      if (consts.length === schema.anyOf.length) fail(`must be one of ${describe(schema)}, got ${JSON.stringify(value)}`);
      else {
        const sameType = options.filter((_, i) => matchesType(value, String(schema.anyOf![i]!.type)));
        if (sameType.length === 1) problems.push(...sameType[0]!);
        else fail(`must be ${describe(schema)}, got ${typeOf(value)}`);
      }
    }
    return problems;
  }
  if ('const' in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) {
      fail(`must be ${types.join(' or ')}, got ${typeOf(value)}`);
      return problems;
    }
  }
  if (typeof value === 'string') checkString(value, schema, formats, fail);
  if (Array.isArray(value)) problems.push(...checkArray(value, schema, formats, path));
  else if (typeOf(value) === 'object') problems.push(...checkObject(value as Record<string, unknown>, schema, formats, path));
  return problems;
}

function checkString(value: string, schema: SchemaNode, formats: Record<string, FormatCheck>, fail: (m: string) => void) {
  if (schema.minLength !== undefined && value.trim().length < schema.minLength) fail(`must not be empty`);
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) fail(`"${value}" does not match ${schema.pattern}`);
  const format = schema.format ? formats[schema.format] : undefined;
  const formatProblem = format?.(value);
  if (formatProblem) fail(formatProblem);
}

function checkArray(value: unknown[], schema: SchemaNode, formats: Record<string, FormatCheck>, path: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    problems.push({ path, message: `must have at least ${schema.minItems} item(s), has ${value.length}` });
  }
  if (schema.uniqueItems) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) problems.push({ path: join(path, i), message: `repeats ${key}` });
      seen.add(key);
    });
  }
  if (schema.items) value.forEach((item, i) => problems.push(...checkSchema(item, schema.items!, formats, join(path, i))));
  return problems;
}

function checkObject(value: Record<string, unknown>, schema: SchemaNode, formats: Record<string, FormatCheck>, path: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (value[key] === undefined) problems.push({ path: join(path, key), message: 'is required' });
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key];
    if (childSchema) problems.push(...checkSchema(child, childSchema, formats, join(path, key)));
    else if (schema.additionalProperties === false) problems.push({ path: join(path, key), message: 'is not a known field' });
  }
  return problems;
}

/** Calls `visit` for every value in `value` whose schema has the given keyword (e.g. `x-ref`). */
export function walkKeyword(
  value: unknown,
  schema: SchemaNode,
  keyword: string,
  visit: (value: unknown, keywordValue: unknown, path: string) => void,
  path = '',
): void {
  if (value === undefined) return;
  if (schema[keyword] !== undefined) visit(value, schema[keyword], path);
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      if (option.type === undefined || matchesType(value, String(option.type))) walkKeyword(value, option, keyword, visit, path);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => walkKeyword(item, schema.items!, keyword, visit, join(path, i)));
  if (typeOf(value) === 'object' && schema.properties) {
    for (const [key, child] of Object.entries(schema.properties)) {
      walkKeyword((value as Record<string, unknown>)[key], child, keyword, visit, join(path, key));
    }
  }
}
