import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers.js';

const run = promisify(execFile);

type ExportTarget = string | { types?: string; default?: string };

describe('npm pack contents', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageRoot });
  const files = new Set<string>(JSON.parse(stdout)[0].files.map((f: { path: string }) => f.path));
  const pkg = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8'));

  const targets = Object.values(pkg.exports as Record<string, ExportTarget>).flatMap((t) =>
    typeof t === 'string' ? [t] : [t.types, t.default].filter((x): x is string => !!x));

  it('contains every file that exports and types name (and at least one match per wildcard)', () => {
    for (const target of [...targets, pkg.types, pkg.main, pkg.bin['arms-control-data']]) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
        expect([...files].some((f) => pattern.test(f)), path).toBe(true);
      } else expect(files.has(path), path).toBe(true);
    }
  });

  it('leaks no tests, fixtures, authored records, sources or build scripts', () => {
    const leaks = [...files].filter((f) => /^(test|records|scripts|schema|src|bench)\//.test(f) || /\.(test|spec)\.|\.map$|tsbuildinfo/.test(f));
    expect(leaks).toEqual([]);
  });

  it('ships the licenses, README and data changelog', () => {
    for (const f of ['LICENSE', 'README.md', 'DATA-CHANGELOG.md', 'package.json']) expect(files.has(f), f).toBe(true);
  });
});
