import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes of an ES module bundled with its imports, minified and gzipped (level 9). */
export async function minGzSize(entry: string, external: string[] = []): Promise<number> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, external, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}
