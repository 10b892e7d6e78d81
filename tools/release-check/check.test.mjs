// For each published package: publint and Are the Types Wrong report no problems, and the npm tarball holds
// everything `exports`, `types`, `main` and `bin` name, and nothing that should stay in the repository.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const bin = (name) => join(root, 'tools/release-check/node_modules/.bin', name);
const PACKAGES = ['packages/data', 'packages/elements'];
const NEVER_PUBLISHED = /^(test|records|scripts|schema|src\/.*\.ts$|bench|fixtures)\/?|\.(test|spec)\.|\.node\.test\.|tsbuildinfo|\.map$/;

/** Every path a package.json promises: exports targets (conditions flattened), types, main, bin. */
function promisedPaths(pkg) {
  const targets = [];
  const walk = (t) => (typeof t === 'string' ? targets.push(t) : t && Object.values(t).forEach(walk));
  walk(pkg.exports);
  for (const field of [pkg.types, pkg.main, ...Object.values(pkg.bin ?? {})]) if (field) targets.push(field);
  return targets.map((t) => t.replace(/^\.\//, ''));
}

for (const dir of PACKAGES) {
  const cwd = join(root, dir);
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));

  describe(pkg.name, () => {
    it('passes publint', async () => {
      const { stdout } = await run(bin('publint'), ['--strict'], { cwd });
      assert.match(stdout, /All good!/);
    });

    it('passes Are the Types Wrong (ESM only)', async () => {
      await run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { cwd });
    });

    it('packs every promised file and nothing private', async () => {
      const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd });
      const files = JSON.parse(stdout)[0].files.map((f) => f.path);
      for (const path of promisedPaths(pkg)) {
        const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
        assert.ok(files.some((f) => pattern.test(f)), `${path} is promised but not packed`);
      }
      assert.deepEqual(files.filter((f) => NEVER_PUBLISHED.test(f) && !f.endsWith('README.md')), []);
      for (const f of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.includes(f), `${f} is not packed`);
    });

    it('has the metadata a registry page needs', () => {
      for (const field of ['description', 'license', 'repository', 'keywords', 'files', 'exports', 'types', 'engines']) {
        assert.ok(pkg[field], `${field} is missing`);
      }
      assert.notEqual(pkg.sideEffects, undefined, 'sideEffects is missing');
      assert.equal(pkg.publishConfig?.access, 'public');
      for (const [key, target] of Object.entries(pkg.exports)) {
        if (typeof target === 'object' && target.default?.endsWith('.js')) assert.ok(target.types, `exports["${key}"] has no types`);
      }
    });
  });
}
