import { defineConfig } from 'vitest/config';

// Tests by tier: unit (browser-free core), dom (a simulated document), controller (the tab
// controller in a simulated document, with the reading service in-process), e2e (the built extension
// in real Chromium), firefox (the Firefox build in Firefox ESR), corpus (the shared real pages,
// conformance suites and the seed article).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
      // A controller test reads a whole article in jsdom (under a second alone); on a shared 2-core
      // machine under a load of 20 that took over 5 s, vitest's default limit.
      { extends: true, test: { name: 'controller', include: ['tests/controller/**/*.test.ts'], environment: 'jsdom', testTimeout: 30_000 } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'firefox', include: ['tests/firefox/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
