import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from './helpers.js';

const run = promisify(execFile);

describe('README examples', async () => {
  const readme = await readFile(join(packageRoot, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map(([, code]) => code!);

  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  it.each(examples.map((code, i) => [i + 1, code] as const))('example %i runs as written and prints', async (_, code) => {
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: packageRoot });
    expect(stderr).toBe('');
    expect(stdout.trim().length).toBeGreaterThan(0);
    expect(stdout).not.toMatch(/undefined|NaN/);
  });
});
