import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { DEFAULT_TIME_MAX_WAIT_MS } from './e2e/default-times';

const root = fileURLToPath(new URL('..', import.meta.url));

// WxtVitest adds WXT's aliases and fakeBrowser; it does not add Preact, so both are listed.
const plugins = [WxtVitest({ root }), preact()];

/** A project of tests/<name>/ in Node, with the fake browser and its messages. */
const nodeProject = (name: string) => ({
  root,
  plugins,
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    environment: 'node' as const,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});

export default defineConfig({
  root,
  test: {
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    projects: [
      // The pure core: scheduler, statistics, formats, content (no browser).
      nodeProject('core'),
      // The browser shell against WXT's fakeBrowser: storage, engine, delivery.
      nodeProject('glue'),
      // Checks over the source itself: purity, safety, translations.
      nodeProject('checks'),
      {
        root,
        plugins,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      // The JS size budget over the fresh build (tests/size/budgets.ts): `npm test` runs it after its
      // `wxt build`; `npm run test:unit` names its projects and leaves this one out.
      { root, test: { name: 'size', include: ['tests/size/**/*.test.ts'], environment: 'node' } },
      {
        root,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A minute, plus the longest a launch waits out a default pain time.
          testTimeout: 60_000 + DEFAULT_TIME_MAX_WAIT_MS,
          hookTimeout: 60_000 + DEFAULT_TIME_MAX_WAIT_MS,
          fileParallelism: false,
        },
      },
    ],
  },
});
