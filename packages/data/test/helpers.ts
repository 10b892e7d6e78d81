import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordFiles } from '../src/validate/index.js';
import { loadRecordFiles, loadTexts } from '../src/validate/load.js';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixtureRecords = join(packageRoot, 'test/fixtures/records');
export const fixtureTexts = join(packageRoot, 'test/fixtures/texts');

/** The fixture dataset, deep-copied so a test can break one record without touching the others. */
export async function loadFixture(): Promise<{ files: RecordFiles; texts: Map<string, string> }> {
  const { files, errors } = await loadRecordFiles(fixtureRecords, packageRoot);
  if (errors.length) throw new Error(`fixture does not load: ${errors.map((e) => e.message).join('; ')}`);
  return { files: structuredClone(files), texts: await loadTexts(fixtureTexts) };
}

/** The record with this id in a collection of the loaded files, for a test to mutate. */
export function recordOf(files: RecordFiles, collection: keyof RecordFiles, id: string): Record<string, any> {
  const file = files[collection].find((f) => (f.record as { id: string }).id === id);
  if (!file) throw new Error(`no ${collection}/${id} in the fixture`);
  return file.record as Record<string, any>;
}
