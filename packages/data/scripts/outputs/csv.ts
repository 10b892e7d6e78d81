import type { SchemaNode } from '../../src/validate/json-schema.js';

/**
 * Schema-driven CSV: one table per collection (nested objects flattened to `a.b` columns) and one
 * link table per many-valued field (`quotes-issues.csv`: id, issues_index, value), recursively for
 * arrays inside array items. An empty cell is null where the schema allows null, absent otherwise.
 */

export interface CsvTable {
  name: string;
  /** Key columns: `id` and one `<array>_index` column per array level. */
  keys: string[];
  columns: string[];
  rows: string[][];
}

type Fields = Record<string, unknown>;

const isObject = (s: SchemaNode) => s.type === 'object';
const isArray = (s: SchemaNode) => s.type === 'array';

/** The non-null branch of a nullable union, or the schema itself. */
const nonNull = (s: SchemaNode): SchemaNode => s.anyOf?.find((o) => o.type !== 'null' && !('const' in o)) ?? s;
const allowsNull = (s: SchemaNode) => !!s.anyOf?.some((o) => o.type === 'null');

/** Scalar columns of an object schema, with nested objects flattened. */
function scalarColumns(schema: SchemaNode, prefix = ''): [string, SchemaNode][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]): [string, SchemaNode][] => {
    if (isArray(child)) return [];
    if (isObject(child)) return scalarColumns(child, `${prefix}${key}.`);
    return [[`${prefix}${key}`, child]];
  });
}

/** Array fields of an object schema (also inside nested objects), with their dotted path. */
function arrayFields(schema: SchemaNode, prefix = ''): [string, SchemaNode][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]): [string, SchemaNode][] => {
    if (isArray(child)) return [[`${prefix}${key}`, child]];
    if (isObject(child)) return arrayFields(child, `${prefix}${key}.`);
    return [];
  });
}

const get = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Fields)[k] : undefined), value);

function encode(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Builds every table for a collection. */
export function toCsvTables(collection: string, schema: SchemaNode, records: readonly unknown[]): CsvTable[] {
  const tables: CsvTable[] = [];
  const build = (name: string, itemSchema: SchemaNode, keys: string[], items: { key: string[]; value: unknown }[]) => {
    const scalar = isObject(itemSchema);
    const columns = scalar ? scalarColumns(itemSchema).map(([c]) => c) : ['value'];
    tables.push({
      name, keys, columns,
      rows: items.map(({ key, value }) => [...key, ...(scalar ? columns.map((c) => encode(get(value, c))) : [encode(value)])]),
    });
    if (!scalar) return;
    for (const [field, arraySchema] of arrayFields(itemSchema)) {
      const children = items.flatMap(({ key, value }) =>
        ((get(value, field) as unknown[] | undefined) ?? []).map((child, i) => ({ key: [...key, String(i)], value: child })),
      );
      build(`${name}-${field.replace(/\./g, '-')}`, arraySchema.items ?? {}, [...keys, `${field}_index`], children);
    }
  };
  build(collection, schema, ['id'], records.map((r) => ({ key: [String((r as Fields).id)], value: r })));
  // The main table's key is the id column itself.
  const main = tables[0]!;
  main.keys = [];
  main.rows = main.rows.map((row) => row.slice(1));
  return tables;
}

export function formatCsv(table: CsvTable): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [[...table.keys, ...table.columns], ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 parser. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

function decode(cell: string, schema: SchemaNode): unknown {
  if (cell === '') return allowsNull(schema) ? null : undefined;
  const type = nonNull(schema).type ?? (nonNull(schema).anyOf ? 'string' : undefined);
  if (type === 'boolean') return cell === 'true';
  if (type === 'number' || type === 'integer') return Number(cell);
  return cell;
}

function set(target: Fields, path: string, value: unknown) {
  if (value === undefined) return;
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Fields;
  node[keys[keys.length - 1]!] = value;
}

/** Rebuilds the records of a collection from its tables (the inverse of toCsvTables). */
export function fromCsvTables(collection: string, schema: SchemaNode, tables: ReadonlyMap<string, string[][]>): Fields[] {
  const records = new Map<string, Fields>();
  const read = (name: string, itemSchema: SchemaNode, keyCount: number, place: (key: string[], value: unknown) => void) => {
    const [header = [], ...rows] = tables.get(name) ?? [];
    const columns = header.slice(keyCount);
    const scalar = isObject(itemSchema);
    const types = new Map(scalar ? scalarColumns(itemSchema) : [['value', itemSchema] as [string, SchemaNode]]);
    for (const row of rows) {
      const key = row.slice(0, keyCount);
      let value: unknown;
      if (scalar) {
        value = {};
        columns.forEach((c, i) => set(value as Fields, c, decode(row[keyCount + i] ?? '', types.get(c) ?? {})));
      } else value = decode(row[keyCount] ?? '', itemSchema);
      place(key, value);
    }
    if (!scalar) return;
    for (const [field, arraySchema] of arrayFields(itemSchema)) {
      // The main table's id is a data column; link tables lead with id plus one index per array level.
      read(`${name}-${field.replace(/\./g, '-')}`, arraySchema.items ?? {}, Math.max(keyCount, 1) + 1, (key, child) => {
        const parent = locate(records, key.slice(0, -1), name.split('-').slice(1));
        const list = (get(parent, field) as unknown[] | undefined) ?? [];
        if (!get(parent, field)) set(parent, field, list);
        list[Number(key[key.length - 1])] = child;
      });
    }
  };
  read(collection, schema, 0, (_, value) => records.set(String((value as Fields).id), value as Fields));
  return [...records.values()];
}

/** Finds the object a link-table row belongs to: the record, then down through the array indices. */
function locate(records: Map<string, Fields>, key: string[], fields: string[]): Fields {
  let node = records.get(key[0]!) as Fields;
  key.slice(1).forEach((index, i) => {
    node = (get(node, fields[i]!.replace(/-/g, '.')) as Fields[])[Number(index)]!;
  });
  return node;
}
