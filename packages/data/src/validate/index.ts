import { COLLECTIONS, DERIVED_FIELDS, type CollectionName } from '../collections.js';
import { parseEdtf, tryParseEdtf } from '../edtf.js';
import { schemas } from '../generated/schemas.js';
import { checkSchema, defaultFormats, walkKeyword, type FormatCheck, type SchemaNode } from './json-schema.js';
import { checkDateOrder } from './date-order.js';
import { checkSourceQuality } from './source-quality.js';
import { checkLinkageBasis } from './linkage-basis.js';
import { checkPloverCoded } from './plover.js';
import { checkQuoteInExcerpts, checkVerbatim } from './verbatim.js';

export interface RecordFile {
  /** Path of the file the record came from, as it should appear in error messages. */
  file: string;
  record: unknown;
}

export type RecordFiles = Record<CollectionName, RecordFile[]>;

export interface ValidationError {
  file: string;
  collection: CollectionName;
  /** The record's id, or null when the record has none. */
  id: string | null;
  /** Dotted path of the field, e.g. `evidence[0].source`; empty for the record as a whole. */
  field: string;
  message: string;
}

export interface ValidateOptions {
  /** Plain-text copies of sources, keyed by the sources' `textFile`, to check excerpts and quotes verbatim. */
  texts?: ReadonlyMap<string, string>;
}

export interface ValidationReport {
  errors: ValidationError[];
  records: number;
  /** Excerpts and quotes compared verbatim against a source text. */
  verbatimChecked: number;
}

const formats: Record<string, FormatCheck> = {
  ...defaultFormats,
  edtf: (value) => {
    try {
      parseEdtf(value);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  },
};

/** The schema of authored records: the published schema without the fields the build derives. */
export function authoredSchema(collection: CollectionName): SchemaNode {
  const schema = schemas[collection] as SchemaNode;
  const properties = { ...schema.properties };
  for (const field of DERIVED_FIELDS) delete properties[field];
  const required = (schema.required ?? []).filter((f) => !(DERIVED_FIELDS as readonly string[]).includes(f));
  return { ...schema, properties, required };
}

export const recordId = (record: unknown): string | null => {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
};

/** Validates a whole dataset: schema, unique ids, references, EDTF dates, date order and (given texts) verbatim excerpts. */
export function validateDataset(files: RecordFiles, options: ValidateOptions = {}): ValidationReport {
  const errors: ValidationError[] = [];
  const index = indexIds(files, errors);
  for (const collection of COLLECTIONS) {
    const schema = authoredSchema(collection);
    for (const { file, record } of files[collection] ?? []) {
      const report = (field: string, message: string) => errors.push({ file, collection, id: recordId(record), field, message });
      for (const problem of checkSchema(record, schema, formats)) report(problem.path, problem.message);
      walkKeyword(record, schema, 'x-ref', (value, target, path) => {
        if (typeof value === 'string' && !index[target as CollectionName].has(value)) {
          report(path, `"${value}" is not the id of any record in ${target}`);
        }
      });
      checkDateOrder(collection, record, index, report);
      checkSourceQuality(collection, record, index, report);
      if (collection === 'linkages' && typeof record === 'object' && record) checkLinkageBasis(record as Record<string, unknown>, report);
      if (collection === 'quotes' && typeof record === 'object' && record) checkQuoteInExcerpts(record as Record<string, unknown>, report);
      if (collection === 'events' && typeof record === 'object' && record) checkPloverCoded(record as Record<string, unknown>, report);
    }
  }
  checkDuplicateUrls(files.sources ?? [], errors);
  const verbatimChecked = options.texts ? checkVerbatim(files, options.texts, errors) : 0;
  const records = COLLECTIONS.reduce((n, c) => n + (files[c]?.length ?? 0), 0);
  return { errors, records, verbatimChecked };
}

/** Each collection's records by id (the first of duplicates, which are reported). */
export type RecordIndex = Record<CollectionName, Map<string, unknown>>;

function indexIds(files: RecordFiles, errors: ValidationError[]): RecordIndex {
  const index = {} as RecordIndex;
  for (const collection of COLLECTIONS) {
    const byId = new Map<string, unknown>();
    const fileOf = new Map<string, string>();
    for (const { file, record } of files[collection] ?? []) {
      const id = recordId(record);
      if (id === null) continue;
      const first = fileOf.get(id);
      if (first) errors.push({ file, collection, id, field: 'id', message: `duplicates the id of ${first}` });
      else fileOf.set(id, file), byId.set(id, record);
    }
    index[collection] = byId;
  }
  return index;
}

/** Two source records for the same document split its evidence: each URL is cited once. */
function checkDuplicateUrls(sources: RecordFile[], errors: ValidationError[]): void {
  const seen = new Map<string, string>();
  for (const { file, record } of sources) {
    const url = (record as { url?: unknown } | null)?.url;
    if (typeof url !== 'string') continue;
    const first = seen.get(url);
    if (first) errors.push({ file, collection: 'sources', id: recordId(record), field: 'url', message: `is the URL of source "${first}" too: cite that source instead` });
    else seen.set(url, recordId(record) ?? file);
  }
}

/** One line per error: `file: collection/id: field: message`. */
export function formatError(error: ValidationError): string {
  const field = error.field ? `${error.field}: ` : '';
  return `${error.file}: ${error.collection}/${error.id ?? '(no id)'}: ${field}${error.message}`;
}

export { tryParseEdtf };
export type { SchemaNode, SchemaProblem } from './json-schema.js';
