import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The modules the first scripts of the popup and the prompt window need (components/rating/
 * quick-scale.ts, components/prompt/quick-prompt.ts and what they import) are also used by later
 * code, so Rollup would split them into several small shared chunks, each one more request before
 * the rating works. They go in one chunk instead.
 */
const FIRST = [
  '/components/rating/quick-scale.ts',
  '/utils/native-browser.ts',
  '/utils/storage/store-rating.ts',
  '/utils/storage/lock.ts',
  '/utils/storage/bucket.ts',
  '/utils/core/data/local-rating.ts',
  '/utils/core/data/record-version.ts',
  '/components/rating/early-keys.ts',
  '/utils/core/content/pain-scale.ts',
  '/utils/core/content/kind-text.ts',
  '/utils/after-paint.ts',
  'vite/preload-helper',
  // The script WXT adds to every page to start its runtime plugins (this project has none).
  'virtual:wxt-html-plugins',
  'virtual:wxt-plugins',
  // CSS every page shares; on its own it leaves an empty script chunk every page requests.
  '/assets/styles/theme.css',
];
const firstChunk = (id: string): string | undefined =>
  FIRST.some((f) => id.endsWith(f) || (!f.startsWith('/') && id.includes(f))) ? 'first' : undefined;
/** Only where the build splits code at all (the pages; the background is one file). */
const firstChunkPlugin = {
  name: 'limber-first-chunk',
  outputOptions(out: { codeSplitting?: unknown; manualChunks?: unknown }) {
    if (out.codeSplitting !== false) out.manualChunks = firstChunk;
    return out;
  },
};

/**
 * The stylesheets of the popup and the prompt window go into their HTML itself: a linked stylesheet
 * holds back the page's first script and its first paint until it has loaded (three of them cost
 * the popup about a third of its time to a usable scale). The files stay in the build for the other
 * pages.
 */
const INLINE_CSS_PAGES = ['/entrypoints/popup/index.html', '/entrypoints/prompt/index.html'];
const inlineCssPlugin = {
  name: 'limber-inline-css',
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { path: string; bundle?: Record<string, { type: string; source?: unknown }> }): string {
      if (!ctx.bundle || !INLINE_CSS_PAGES.includes(ctx.path)) return html;
      const bundle = ctx.bundle;
      return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (link, file: string) => {
        const asset = bundle[file];
        return asset?.type === 'asset' && typeof asset.source === 'string' ? `<style>${asset.source}</style>` : link;
      });
    },
  },
};

// The project's top level is fixed (see README, "Architecture"), so static files (icons, _locales) live under
// assets/public.
export default defineConfig({
  publicDir: 'assets/public',
  // Explicit imports everywhere: no generated globals to collide or hide where things come from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), firstChunkPlugin, inlineCssPlugin],
    // Chrome and Firefox preload modules themselves: no polyfill (one request less on every page).
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: without it Chrome stops storage.local at 10 MB, which a heavy user's diary fills in
    // five to six years (README, "Permissions, and why"); Firefox shows no install message for it and keeps
    // the data as persistent storage, not evicted when the disk runs low.
    permissions: ['alarms', 'storage', 'unlimitedStorage', 'idle', 'notifications'],
    // Stated, not left to the default: only the extension's own scripts, no eval, no plugins.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    commands: {
      'rate-pain': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdRate__' },
      'break-now': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdBreak__' },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdPause__' },
      // H for "hold". Chrome takes Alt+Shift+A, B, I and T for itself, ChromeOS also L, M, N, P, S and V;
      // Firefox has no Alt+Shift+letter shortcut. Chrome allows at most four suggested keys: this is the
      // last one.
      meeting: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdMeeting__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limber@limber.invalid',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted; Firefox asks extensions to declare it.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  webExt: {
    // `npm run dev` launches a browser; CHROME_PATH lets users point at Chromium or Edge, CHROME_FLAGS
    // adds flags to it (space-separated), as for `npm start`.
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
    chromiumArgs: [
      '--no-first-run',
      // Chromium refuses to start as root (containers, WSL) unless its sandbox is switched off.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(process.env.CHROME_FLAGS ?? '').split(/\s+/).filter(Boolean),
    ],
  },
});
