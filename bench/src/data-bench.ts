/**
 * Data: time to import the whole dataset in a fresh Node process, and to answer each query
 * helper, by the method of packages/data/bench/bench.ts (fresh-process median for the import;
 * 50 warm-up calls, then the mean of 500 calls per helper).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paths } from './paths.js';
import { median, ms, type Table } from './report.js';

const IMPORT_RUNS = 7;

function importTimes(entry: string): number[] {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(performance.now() - t);`;
  return Array.from({ length: IMPORT_RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
}

export async function dataBench(): Promise<Table[]> {
  const entry = join(paths.dataDist, 'index.js');
  if (!existsSync(entry)) return [{ title: 'Data', head: ['measure', 'time'], align: 'lr', rows: [['@arms-control/data', 'not available (not built)']] }];
  const d = await import(pathToFileURL(entry).href);
  const counts = (d.COLLECTIONS as string[]).map((c) => `${(d[c] as unknown[]).length} ${c}`).join(', ');
  const first = <T>(list: T[]) => list[0];
  const someQuote = first(d.quotes as { id: string }[])?.id ?? '';
  const someActor = 'russia';
  const someIssue = first(d.issues as { id: string }[])?.id ?? '';
  const someTreaty = first(d.treaties as { id: string }[])?.id ?? '';
  const rows: string[][] = [[`import the whole dataset (${counts})`, `fresh Node process, median of ${IMPORT_RUNS}`, ms(median(importTimes(entry)))]];
  const cases: [string, () => unknown][] = [
    [`byId('quotes', '${someQuote}')`, () => d.byId('quotes', someQuote)],
    [`aboutActor('${someActor}')`, () => d.aboutActor(someActor)],
    [`aboutIssue('${someIssue}')`, () => d.aboutIssue(someIssue)],
    [`aboutTreaty('${someTreaty}')`, () => d.aboutTreaty(someTreaty)],
    ['timeline() (all events)', () => d.timeline()],
    ["timeline({ from: '2009', to: '2014' })", () => d.timeline({ from: '2009', to: '2014' })],
    ['linkageGraph()', () => d.linkageGraph()],
    [`treatyMilestones('${someTreaty}')`, () => d.treatyMilestones(someTreaty)],
    [`treatyStatus('${someTreaty}', '2009-12-06')`, () => d.treatyStatus(someTreaty, '2009-12-06')],
    ["treatiesInForce('2014-04-04')", () => d.treatiesInForce('2014-04-04')],
    ["parseEdtf('2009-03~/2009-05-07')", () => d.parseEdtf('2009-03~/2009-05-07')],
    ['createQueries(dataset) (index a page’s own data)', () => d.createQueries(d.dataset)],
  ];
  for (const [name, fn] of cases) {
    if (typeof fn !== 'function') continue;
    for (let i = 0; i < 50; i++) fn();
    const runs = 500;
    const t = performance.now();
    for (let i = 0; i < runs; i++) fn();
    rows.push([name, `mean of ${runs} after 50 warm-up`, `${(((performance.now() - t) / runs) * 1000).toFixed(1)} µs`]);
  }
  return [{ title: 'Data in Node', head: ['measure', 'method', 'time'], align: 'llr', rows }];
}
