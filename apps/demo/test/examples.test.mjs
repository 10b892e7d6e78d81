// The code examples of /data/ run as they are, against the current data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/examples/', import.meta.url));

for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs'))) {
  test(`example ${file} runs and prints real values`, () => {
    const out = execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
    assert.ok(out.trim().split('\n').length >= 1 && out.trim().length > 10, out);
    assert.doesNotMatch(out, /undefined|NaN|\[object Object\]/);
  });
}
