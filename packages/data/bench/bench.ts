/**
 * Sizes (min+gz, deterministic) of the main entry, each collection module and one per-record module, and the
 * time to import the whole dataset and answer each query helper (reported, not asserted).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../src/collections.js';
import { minGzSize } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function sizes() {
  const rows: [string, string][] = [['main entry (everything)', kb(await minGzSize(join(dist, 'index.js')))]];
  for (const c of COLLECTIONS) rows.push([`@arms-control/data/${c}`, kb(await minGzSize(join(dist, 'generated/collections', `${c}.js`)))]);
  const quote = readdirSync(join(dist, 'generated/records/quotes')).find((f) => f.endsWith('.js'))!;
  rows.push([`one record (quotes/${quote.replace(/\.js$/, '')})`, kb(await minGzSize(join(dist, 'generated/records/quotes', quote)))]);
  rows.push(['lazy entry (id tables load on demand)', kb(await minGzSize(join(dist, 'generated/lazy.js'), ['./loaders/*']))]);
  rows.push(['quotes id table (records load on demand)', kb(await minGzSize(join(dist, 'generated/loaders/quotes.js'), ['../records/*']))]);
  return rows;
}

/** Median of fresh-process timings: import cost is only honest in a new process. */
function importTime(runs = 7): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(join(dist, 'index.js'))}); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function queryTimes() {
  const data = await import(join(dist, 'index.js'));
  const cases: [string, () => unknown][] = [
    ["byId('quotes', …)", () => data.byId('quotes', 'putin-2009-05-07-russia-will-link')],
    ["aboutActor('russia')", () => data.aboutActor('russia')],
    ["aboutIssue('missile-defense-europe')", () => data.aboutIssue('missile-defense-europe')],
    ["aboutTreaty('start-i')", () => data.aboutTreaty('start-i')],
    ['timeline() (all events)', () => data.timeline()],
    ["timeline({ from: '2009', to: '2014' })", () => data.timeline({ from: '2009', to: '2014' })],
    ['linkageGraph()', () => data.linkageGraph()],
    ["treatyStatus('start-i', '2009-12-06')", () => data.treatyStatus('start-i', '2009-12-06')],
    ["treatiesInForce('2014-04-04')", () => data.treatiesInForce('2014-04-04')],
  ];
  return cases.map(([name, fn]) => {
    for (let i = 0; i < 50; i++) fn();
    const runs = 500;
    const t = performance.now();
    for (let i = 0; i < runs; i++) fn();
    return [name, `${(((performance.now() - t) / runs) * 1000).toFixed(1)} µs`] as [string, string];
  });
}

function table(title: string, rows: [string, string][]) {
  const width = Math.max(...rows.map(([a]) => a.length), title.length);
  console.log(`\n| ${title.padEnd(width)} | value |\n|${'-'.repeat(width + 2)}|-------|`);
  for (const [a, b] of rows) console.log(`| ${a.padEnd(width)} | ${b} |`);
}

table('size, min+gz', await sizes());
table('time', [['import the whole dataset (fresh Node process, median of 7)', `${importTime().toFixed(1)} ms`], ...(await queryTimes())]);
