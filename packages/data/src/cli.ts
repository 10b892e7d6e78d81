#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatError, validateDataset } from './validate/index.js';
import { loadRecordFiles, loadTexts } from './validate/load.js';

const USAGE = `usage:
  arms-control-data validate [records-dir] [--texts dir]   check records (schema, ids, references, dates; excerpts verbatim against dir/*.txt)
  arms-control-data summary                                 print a summary of the shipped dataset`;

function parseValidateArgs(args: string[]): { dir: string; textsDir?: string } {
  const rest = [...args];
  const at = rest.indexOf('--texts');
  let textsDir: string | undefined;
  if (at >= 0) {
    textsDir = rest[at + 1];
    if (!textsDir || textsDir.startsWith('--')) throw new Error('--texts needs a folder');
    rest.splice(at, 2);
  }
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  return { dir: resolve(rest[0] ?? 'records'), ...(textsDir ? { textsDir } : {}) };
}

async function validate(args: string[]): Promise<number> {
  const { dir, textsDir } = parseValidateArgs(args);
  if (!existsSync(dir)) throw new Error(`no records folder at ${dir}`);
  const loaded = await loadRecordFiles(dir);
  const texts = textsDir ? await loadTexts(resolve(textsDir)) : undefined;
  const report = validateDataset(loaded.files, texts ? { texts } : {});
  if (report.records === 0 && loaded.errors.length === 0) throw new Error(`found no records in ${dir} (expected <collection>/<id>.json files)`);
  const errors = [...loaded.errors, ...report.errors];
  for (const error of errors) console.error(formatError(error));
  const verbatim = texts ? `, ${report.verbatimChecked} excerpts and quotes checked verbatim against ${texts.size} text(s)` : '';
  console.log(`${report.records} records${verbatim}: ${errors.length ? `${errors.length} error(s)` : 'valid'}`);
  return errors.length ? 1 : 0;
}

async function summary(): Promise<number> {
  const data = await import('./index.js');
  const counts = data.COLLECTIONS.map((c) => `${data.dataset[c].length} ${c}`).join(', ');
  console.log(`@arms-control/data: ${counts}\n`);
  console.log('Linkages (leverage → sought):');
  for (const { linkage, from, to } of data.linkageGraph().edges) {
    const name = (id: string) => data.byId('issues', id)?.name ?? id;
    console.log(`  ${linkage.date.padEnd(10)} ${data.byId('actors', linkage.linker)?.name}: ${name(from)} → ${name(to)} (${linkage.mechanism}, ${linkage.explicitness})`);
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'validate') return validate(args);
  if (command === 'summary') return summary();
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: Error) => { console.error(`arms-control-data: ${error.message}`); process.exitCode = 2; },
);
