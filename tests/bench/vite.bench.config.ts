import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./pages', import.meta.url));
const pages = ['floor', 'preact', 'probe', 'store-probe'];

// The benchmark's own extension pages, built by the same Vite as the extension's (minified, the
// Preact preset): the floor (no framework), the bare Preact page, an empty probe page that reads and
// writes storage, and a page running Limber's record store. No module-preload polyfill: the floor
// loads its one script and nothing else.
export default defineConfig({
  root,
  base: './',
  plugins: [preact()],
  resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.output/bench-pages', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rollupOptions: { input: Object.fromEntries(pages.map((p) => [p, `${root}/${p}.html`])) },
  },
});
