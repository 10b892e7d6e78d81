import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromCsvTables, parseCsv } from '../scripts/outputs/csv.js';
import { COLLECTIONS } from '../src/collections.js';
import { schemas } from '../src/generated/schemas.js';
import { dataset } from '../src/index.js';
import { validateDataset, type RecordFiles } from '../src/validate/index.js';
import { loadRecordFiles } from '../src/validate/load.js';
import { packageRoot } from './helpers.js';

const dist = join(packageRoot, 'dist');
const readJson = async (path: string) => JSON.parse(await readFile(join(dist, path), 'utf8'));

describe('the shipped dataset', () => {
  it('validates: schema, ids, references, dates', async () => {
    const { files, errors } = await loadRecordFiles(join(packageRoot, 'records'), packageRoot);
    expect(errors).toEqual([]);
    expect(validateDataset(files).errors).toEqual([]);
  });

  it('gives every record but sources non-empty evidence pointing at a source', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    for (const c of COLLECTIONS.filter((c) => c !== 'sources')) {
      for (const record of dataset[c] as readonly { id: string; evidence: readonly { source: string }[] }[]) {
        expect(record.evidence.length, `${c}/${record.id}`).toBeGreaterThan(0);
        for (const e of record.evidence) expect(sourceIds.has(e.source), `${c}/${record.id} → ${e.source}`).toBe(true);
      }
    }
  });
});

describe('published files', () => {
  it('JSON holds exactly the records of each collection module, with derived bounds', async () => {
    for (const c of COLLECTIONS) {
      const json = await readJson(`json/${c}.json`);
      expect(json, c).toEqual(JSON.parse(JSON.stringify(dataset[c])));
      for (const record of json) if ('date' in record) expect(record).toHaveProperty('earliest');
    }
  });

  it('CSV round-trips to the JSON without losing a field', async () => {
    const names = (await readdir(join(dist, 'csv'))).filter((f) => f.endsWith('.csv'));
    const tables = new Map<string, string[][]>();
    for (const name of names) tables.set(name.replace(/\.csv$/, ''), parseCsv(await readFile(join(dist, 'csv', name), 'utf8')));
    for (const c of COLLECTIONS) {
      expect(fromCsvTables(c, schemas[c], tables), c).toEqual(await readJson(`json/${c}.json`));
    }
  });

  it('CSV has one link table per many-valued field', async () => {
    const names = await readdir(join(dist, 'csv'));
    expect(names).toEqual(expect.arrayContaining(['quotes.csv', 'quotes-issues.csv', 'quotes-evidence.csv', 'linkages-history.csv', 'linkages-history-evidence.csv', 'actors-roles.csv']));
    const [header] = parseCsv(await readFile(join(dist, 'csv/linkages-history-evidence.csv'), 'utf8'));
    expect(header).toEqual(['id', 'history_index', 'evidence_index', 'source', 'excerpt', 'claim', 'preferred', 'note', 'noBetterSource']);
  });

  it('ships a JSON Schema per entity that declares every field of the records', async () => {
    for (const [c, entity] of [['quotes', 'quote'], ['linkages', 'linkage'], ['treaties', 'treaty'], ['sources', 'source']] as const) {
      const schema = await readJson(`schema/${entity}.schema.json`);
      expect(schema.$schema).toContain('json-schema.org');
      for (const record of dataset[c]) {
        for (const key of Object.keys(record)) expect(schema.properties, `${entity}.${key}`).toHaveProperty(key);
      }
    }
  });

  it('describes every file in datapackage.json, and every described file exists', async () => {
    const descriptor = await readJson('datapackage.json');
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    for (const path of paths) expect(existsSync(join(dist, path)), path).toBe(true);
    const csvFiles = (await readdir(join(dist, 'csv'))).map((f) => `csv/${f}`);
    expect(paths).toEqual(expect.arrayContaining(csvFiles));
    const quotesCsv = descriptor.resources.find((r: { name: string }) => r.name === 'quotes');
    expect(quotesCsv.schema.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['id', 'text', 'speaker', 'date', 'earliest']));
  });
});

export type { RecordFiles };
