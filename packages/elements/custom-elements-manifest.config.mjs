// `cem analyze` → custom-elements.json (generated at build; gitignored).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.node.test.ts', 'src/**/*.styles.ts', 'src/jsx.ts', 'src/shared/index.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
};
