import { defineConfig } from 'vitest/config';
import { transform } from 'esbuild';

/**
 * Node tests (`src/**\/*.node.test.ts`). Element sources use standard decorators with `accessor`,
 * which Node 20 cannot run, so TypeScript is compiled by esbuild (target es2022 lowers decorators).
 */
export default defineConfig({
  plugins: [
    {
      name: 'ac-esbuild-decorators',
      enforce: 'pre',
      async transform(code, id) {
        if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
        const out = await transform(code, { loader: 'ts', target: 'es2022', format: 'esm', sourcemap: true, sourcefile: id, tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true, verbatimModuleSyntax: true } } });
        return { code: out.code, map: out.map };
      },
    },
  ],
  oxc: false,
  test: {
    include: ['src/**/*.node.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
