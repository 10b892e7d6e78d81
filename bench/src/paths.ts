import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const bench = fileURLToPath(new URL('..', import.meta.url));
const repo = join(bench, '..');
const elements = join(repo, 'packages/elements');
const data = join(repo, 'packages/data');

/** Every file the benchmarks read or write, in one place. */
export const paths = {
  bench,
  repo,
  results: join(bench, 'RESULTS.md'),
  cache: join(bench, '.cache'),
  elements,
  elementsDist: join(elements, 'dist'),
  cdnBundle: join(elements, 'dist/cdn/arms-control-elements.js'),
  layoutDist: join(elements, 'dist/linkage-diagram/layout.js'),
  layoutSrc: join(elements, 'src/linkage-diagram/layout.ts'),
  data,
  dataDist: join(data, 'dist'),
};

/** Installed version of one of the bench's dependencies (read from its folder: not every package exports ./package.json). */
export const version = (pkg: string): string =>
  (JSON.parse(readFileSync(join(bench, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
