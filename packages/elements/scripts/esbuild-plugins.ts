import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** Minifies the CSS inside Lit `css\`…\`` templates of our own sources (whitespace and comments only; no `${}` expressions allowed inside). */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.styles\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const contents = source.replace(/css`([^`$]*)`/g, (_, body: string) => {
          const min = body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};>,])\s*/g, '$1')
            // "prop: value" → "prop:value" (a space after a colon never matters in CSS; before one it can: "a :hover")
            .replace(/:\s+/g, ':')
            .replace(/\s*!important/g, '!important')
            // 0.5rem → .5rem, -0.5rem → -.5rem
            .replace(/([\s:,(-])0\.(\d)/g, '$1.$2')
            // calc(a / 2) → calc(a/2): only + and - need spaces in calc() (a * or / inside the parentheses
            // of a selector would be changed too; our selectors have none)
            .replace(/ ?([*/]) (?=[^()]*\))/g, '$1')
            // [part='diagram'] → [part=diagram] (an identifier needs no quotes)
            .replace(/='([a-z][\w-]*)'\]/gi, '=$1]')
            // *::before → ::before (the universal selector is implied)
            .replace(/(^|[,}])\*(?=::?[a-z])/g, '$1')
            // li + li → li+li (selectors only: a calc() keeps its spaces)
            .replace(/ ([+~]) (?=[^{}()]*\{)/g, '$1')
            .replace(/;}/g, '}')
            .trim();
          return `css\`${min}\``;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Marks imports of the shared layer (src/shared/*) external, to measure a component's code beyond it. */
export function externalShared(): Plugin {
  return {
    name: 'external-shared',
    setup(build) {
      build.onResolve({ filter: /(^|\/)shared\// }, ({ path }) => ({ path, external: true }));
    },
  };
}
