// Fails when packages/data/docs/api is out of date with the data package's public API:
// regenerates the reference into a temporary folder and compares it with the committed one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = new URL('../../packages/data/docs/api/', import.meta.url).pathname;
const fresh = mkdtempSync(join(tmpdir(), 'api-docs-'));
const files = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath ?? e.path, e.name))).sort();

try {
  execFileSync('node_modules/.bin/typedoc', ['--options', 'typedoc.json', '--out', fresh, '--logLevel', 'Warn'], { stdio: 'inherit' });
  const a = files(committed);
  const b = files(fresh);
  const stale = b.filter((f) => !a.includes(f) || readFileSync(join(committed, f), 'utf8') !== readFileSync(join(fresh, f), 'utf8'));
  const removed = a.filter((f) => !b.includes(f));
  if (stale.length || removed.length) {
    console.error(`packages/data/docs/api is out of date (${[...stale, ...removed].join(', ')}): run pnpm --filter @arms-control/api-docs generate`);
    process.exit(1);
  }
  console.log(`API reference is current: ${a.length} files`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
