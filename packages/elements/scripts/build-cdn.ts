/**
 * Builds the CDN bundle: dist/cdn/arms-control-elements.js — ESM, minified, code-split so every
 * data record stays its own lazily loaded chunk beside the entry. A page needs nothing but
 * `<script type="module" src=".../dist/cdn/arms-control-elements.js">` (no import map, no bundler):
 * chunks are imported by relative URL, so they load from wherever the entry was loaded.
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from './esbuild-plugins.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const CDN_ENTRY_NAME = 'arms-control-elements';

export function cdnOptions(outdir: string): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: packageDir,
    entryPoints: { [CDN_ENTRY_NAME]: 'src/index.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: '[name]-[hash]',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    plugins: [minifyLitCss()],
    logLevel: 'warning',
  };
}

/**
 * True for an output chunk that holds nothing but generated data of @arms-control/data: a record,
 * a collection, or the id → record loader table (lazily loaded on the first lookup by id).
 */
export function isDataChunk(output: Metafile['outputs'][string]): boolean {
  const inputs = Object.keys(output.inputs);
  return inputs.length > 0 && inputs.every((i) => /data\/dist\/generated\//.test(i));
}

/** Output files a page loads eagerly with the entry: the entry and its static imports, transitively. */
export function eagerOutputs(metafile: Metafile): Set<string> {
  const entry = Object.keys(metafile.outputs).find((k) => k.endsWith(`/${CDN_ENTRY_NAME}.js`));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  if (entry) visit(entry);
  return seen;
}

/**
 * The code of the CDN bundle (what the size budget covers): every JavaScript output except data
 * chunks that load lazily. A data chunk that the entry imports statically is loaded on every page, so it counts.
 */
export function codeOutputs(metafile: Metafile): string[] {
  const eager = eagerOutputs(metafile);
  return Object.keys(metafile.outputs).filter((k) => k.endsWith('.js') && (eager.has(k) || !isDataChunk(metafile.outputs[k]!)));
}

export async function buildCdn(outdir = 'dist/cdn', write = true) {
  if (write) await rm(new URL(outdir, `file://${packageDir}/`), { recursive: true, force: true });
  return build({ ...cdnOptions(outdir), write });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { metafile } = await buildCdn();
  const outputs = Object.keys(metafile.outputs).filter((f) => f.endsWith('.js'));
  const code = codeOutputs(metafile);
  console.log(`dist/cdn: ${outputs.length} files (${code.length} of code, ${outputs.length - code.length} lazily loaded data chunks)`);
}
