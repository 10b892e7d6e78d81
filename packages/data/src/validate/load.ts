import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../collections.js';
import type { RecordFiles, ValidationError } from './index.js';

export interface LoadResult {
  files: RecordFiles;
  /** Files that could not be read as records (bad JSON, wrong name). */
  errors: ValidationError[];
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads `<dir>/<collection>/<id>.json`, one record a file. Paths in errors are relative to `base`. */
export async function loadRecordFiles(dir: string, base = process.cwd()): Promise<LoadResult> {
  const files = {} as RecordFiles;
  const errors: ValidationError[] = [];
  for (const collection of COLLECTIONS) {
    files[collection] = [];
    for (const name of await listJson(join(dir, collection))) {
      const path = join(dir, collection, name);
      const file = relative(base, path);
      const loaded = parseRecordFile(collection, file, name, await readFile(path, 'utf8'));
      if ('error' in loaded) errors.push(loaded.error);
      else files[collection].push({ file, record: loaded.record });
    }
  }
  return { files, errors };
}

function parseRecordFile(collection: CollectionName, file: string, name: string, text: string): { record: unknown } | { error: ValidationError } {
  const expectedId = name.replace(/\.json$/, '');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { error: { file, collection, id: expectedId, field: '', message: `is not valid JSON: ${(error as Error).message}` } };
  }
  const id = (record as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id !== expectedId) {
    return { error: { file, collection, id, field: 'id', message: `must match the file name ("${expectedId}")` } };
  }
  return { record };
}

/** Reads every `.txt` file of a folder, keyed by file name. */
export async function loadTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.txt'))) {
    texts.set(name, await readFile(join(dir, name), 'utf8'));
  }
  return texts;
}
