// Server side of the browser SSR test: the `ac-ssr-render` command renders an SSR fixture
// (test/ssr-fixtures.ts) in Node with @lit-labs/ssr and returns the HTML string.
// The fixtures are TypeScript with decorators, so they are bundled with esbuild first
// (packages stay external, so Node resolves lit with its `node` export condition).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
let loading;

async function loadRenderer() {
  const outfile = here('../node_modules/.cache/ac-ssr/ssr-render.mjs');
  await build({
    entryPoints: [here('./ssr-render.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: here('../tsconfig.json'),
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

export function ssrPlugin() {
  return {
    name: 'ac-ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ac-ssr-render') return undefined;
      loading ??= loadRenderer();
      const { renderFixture } = await loading;
      return renderFixture(payload.name);
    },
  };
}
