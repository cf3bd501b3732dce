import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./pages', import.meta.url));

// Built like the extension's pages (the same Vite, the Preact preset, minified, `wxt/browser` as
// the polyfill) so sizes and times compare.
export default defineConfig({
  root,
  base: './',
  plugins: [preact()],
  resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.output/bench-pages', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { baseline: `${root}/baseline.html`, 'store-probe': `${root}/store-probe.html` } },
  },
});
