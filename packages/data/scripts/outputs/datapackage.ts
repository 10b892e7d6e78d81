import type { SchemaNode } from '../../src/validate/json-schema.js';
import type { CsvTable } from './csv.js';

/** Frictionless Table Schema type of a column's JSON Schema. */
function fieldType(schema: SchemaNode): string {
  const s = schema.anyOf?.find((o) => o.type !== 'null') ?? schema;
  if (s.anyOf) return 'string';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'integer') return 'integer';
  if (s.type === 'number') return 'number';
  if (s.format === 'date') return 'date';
  return 'string';
}

function columnSchema(schema: SchemaNode, column: string): SchemaNode {
  return column.split('.').reduce<SchemaNode>((s, key) => s.properties?.[key] ?? s.items?.properties?.[key] ?? {}, schema);
}

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
  sources: { title: string; path: string }[];
}

/** A Frictionless Data Package descriptor for the CSV tables and JSON files. */
export function dataPackage(info: PackageInfo, tables: { table: CsvTable; schema: SchemaNode }[], collections: string[]) {
  return {
    profile: 'data-package',
    name: info.name,
    title: 'U.S.–Russian arms control and issue linkage',
    description: info.description,
    version: info.version,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: info.sources,
    resources: [
      ...tables.map(({ table, schema }) => ({
        name: table.name,
        path: `csv/${table.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: [
            ...table.keys.map((k) => ({ name: k, type: k === 'id' ? 'string' : 'integer' })),
            ...table.columns.map((c) => {
              const s = table.columns.length === 1 && c === 'value' ? schema : columnSchema(schema, c);
              return { name: c, type: fieldType(s), ...(typeof s.description === 'string' ? { description: s.description } : {}) };
            }),
          ],
          primaryKey: table.keys.length ? table.keys : ['id'],
          ...(table.keys.length
            ? { foreignKeys: [{ fields: 'id', reference: { resource: table.name.split('-')[0], fields: 'id' } }] }
            : {}),
        },
      })),
      ...collections.map((c) => ({
        name: `${c}-json`,
        path: `json/${c}.json`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      })),
    ],
  };
}
