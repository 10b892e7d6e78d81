import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers.js';

const run = promisify(execFile);

/** Runs an ES module as a consumer would, importing the package by name (self-reference resolves through `exports`). */
async function consume(code: string): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: packageRoot });
  return JSON.parse(stdout);
}

describe('package exports, as a consumer imports them', () => {
  it('has no runtime dependencies', async () => {
    const pkg = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });

  it('main entry: collections as arrays, lookups and query helpers', async () => {
    const result = await consume(`
      import * as data from '@arms-control/data';
      console.log(JSON.stringify({
        collections: data.COLLECTIONS.map((c) => [c, Array.isArray(data[c]) && data[c].length > 0]),
        functions: ['byId', 'aboutActor', 'aboutIssue', 'aboutTreaty', 'timeline', 'linkageGraph', 'treatyStatus', 'treatiesInForce', 'treatyMilestones', 'parseEdtf', 'createQueries'].map((f) => typeof data[f]),
        putin: data.byId('actors', 'vladimir-putin').name,
        status: data.treatyStatus('start-i', '2000-01-01').status,
      }));`);
    expect(result).toEqual({
      collections: ['sources', 'actors', 'issues', 'treaties', 'events', 'quotes', 'positions', 'linkages'].map((c) => [c, true]),
      functions: Array(11).fill('function'),
      putin: 'Vladimir Putin',
      status: 'in-force',
    });
  });

  it('per-collection and per-record subpaths, and lazy loading by id', async () => {
    const result = await consume(`
      import { quotes } from '@arms-control/data/quotes';
      import quote from '@arms-control/data/quotes/putin-2009-05-07-russia-will-link';
      import { loadRecord, recordIds } from '@arms-control/data/lazy';
      const lazy = await loadRecord('quotes', 'putin-2009-05-07-russia-will-link');
      console.log(JSON.stringify({
        inCollection: quotes.some((q) => q.id === quote.id),
        same: JSON.stringify(lazy) === JSON.stringify(quote),
        unknown: await loadRecord('quotes', 'no-such-quote') ?? null,
        prototypeKey: await loadRecord('quotes', 'constructor') ?? null,
        ids: (await recordIds('quotes')).length === quotes.length,
        unknownCollection: await loadRecord('quotations', 'x') ?? null,
        text: quote.text.slice(0, 22),
      }));`);
    expect(result).toEqual({ inCollection: true, same: true, unknown: null, prototypeKey: null, ids: true, unknownCollection: null, text: 'Russia will, of course' });
  });

  it('JSON, CSV, JSON Schema and datapackage.json are reachable through exports', async () => {
    const result = await consume(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const paths = ['json/quotes.json', 'csv/quotes.csv', 'schema/quote.schema.json', 'datapackage.json', 'package.json']
        .map((p) => require.resolve('@arms-control/data/' + p).replace(process.cwd(), ''));
      const { default: schema } = await import('@arms-control/data/schema/quote.schema.json', { with: { type: 'json' } });
      console.log(JSON.stringify({ paths, title: schema.title }));`);
    expect(result).toEqual({
      paths: ['/dist/json/quotes.json', '/dist/csv/quotes.csv', '/dist/schema/quote.schema.json', '/dist/datapackage.json', '/package.json'],
      title: 'Quote',
    });
  });

  it('the validator is its own subpath and not part of the main entry', async () => {
    const main = await readFile(join(packageRoot, 'dist/index.js'), 'utf8');
    expect(main).not.toMatch(/validate/);
    const result = await consume(`
      import { validateDataset, formatError } from '@arms-control/data/validate';
      console.log(JSON.stringify([typeof validateDataset, typeof formatError]));`);
    expect(result).toEqual(['function', 'function']);
  });
});
