import { defineConfig } from 'vite';
import { PAGES } from './src/render/layout.js';
import { sitePlugin } from './src/render/plugin.js';

// Every page is a static file at its path; `DEMO_BASE=/some/path/ pnpm build` for hosting below a path.
export default defineConfig({
  root: 'site',
  publicDir: '../public',
  base: process.env.DEMO_BASE ?? '/',
  appType: 'mpa',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // No preload helper: the per-record chunks of @arms-control/data/lazy stay one import each.
    modulePreload: false,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((p) => [p.key, new URL(`./site/${p.file}`, import.meta.url).pathname])),
    },
  },
  plugins: [sitePlugin()],
});
