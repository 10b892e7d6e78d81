import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../src/collections.js';
import { byId, dataset } from '../src/index.js';
import { packageRoot } from './helpers.js';

const SEEDS = ['jamestown-2009-putin-linking-start-missile-defense', 'gsn-2014-04-04-russia-unfazed-antimissile-talks'];

async function namedRecords(): Promise<string[]> {
  const text = await readFile(join(packageRoot, 'SEED-CHECKLIST.md'), 'utf8');
  return [...text.matchAll(/`([a-z]+)\/([a-z0-9-]+)`/g)].map(([, c, id]) => `${c}/${id}`);
}

/** Records with any evidence (including role and history-step evidence) citing a seed article. */
function recordsCitingSeeds(): string[] {
  const cites = (value: unknown): boolean =>
    Array.isArray(value) ? value.some(cites)
      : typeof value === 'object' && value !== null
        ? Object.entries(value).some(([k, v]) => (k === 'source' && SEEDS.includes(v as string)) || cites(v))
        : false;
  return COLLECTIONS.filter((c) => c !== 'sources').flatMap((c) => dataset[c].filter(cites).map((r) => `${c}/${r.id}`));
}

describe('SEED-CHECKLIST.md', () => {
  it('names only records that exist', async () => {
    const missing = (await namedRecords()).filter((ref) => {
      const [collection, id] = ref.split('/') as [CollectionName, string];
      return !COLLECTIONS.includes(collection) || !byId(collection, id);
    });
    expect(missing).toEqual([]);
  });

  it('names every record that cites a seed article', async () => {
    const named = new Set(await namedRecords());
    expect(recordsCitingSeeds().filter((ref) => !named.has(ref))).toEqual([]);
  });

  it('covers both seed articles', async () => {
    const named = await namedRecords();
    for (const seed of SEEDS) expect(named).toContain(`sources/${seed}`);
  });
});
