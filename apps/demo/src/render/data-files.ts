/** Where the data package is, and the files of its dist that the site republishes under /data/files/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const dataDir = dirname(createRequire(import.meta.url).resolve('@arms-control/data/package.json'));
export const examplesDir = join(dirname(new URL(import.meta.url).pathname), '..', 'examples');

export interface DataFile {
  /** Path below dist/ and below /data/files/. */
  path: string;
  bytes: number;
}

function listDir(sub: string, ext: string): DataFile[] {
  const dir = join(dataDir, 'dist', sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ path: `${sub}/${f}`, bytes: statSync(join(dir, f)).size }));
}

export function dataFiles(): { json: DataFile[]; csv: DataFile[]; schema: DataFile[]; datapackage: DataFile } {
  return {
    json: listDir('json', '.json'),
    csv: listDir('csv', '.csv'),
    schema: listDir('schema', '.schema.json'),
    datapackage: { path: 'datapackage.json', bytes: statSync(join(dataDir, 'dist', 'datapackage.json')).size },
  };
}

export function readDataFile(path: string): Buffer {
  return readFileSync(join(dataDir, 'dist', path));
}

export function readDataDoc(name: string): string {
  return readFileSync(join(dataDir, name), 'utf8');
}

export function examples(): { file: string; title: string; code: string }[] {
  return readdirSync(examplesDir)
    .filter((f) => f.endsWith('.mjs'))
    .sort()
    .map((file) => {
      const code = readFileSync(join(examplesDir, file), 'utf8');
      return { file, title: /^\/\/ (.*)/.exec(code)?.[1] ?? file, code: code.replace(/^\/\/ .*\n/, '') };
    });
}

/** The repository's web address, from the data package's `repository` field. */
export function repositoryUrl(): string {
  const pkg = JSON.parse(readFileSync(join(dataDir, 'package.json'), 'utf8')) as { repository?: { url?: string } };
  return (pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
}
