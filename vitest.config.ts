import { defineConfig } from 'vitest/config';

// Tests import @layerkit/* by name; the '@layerkit/source' export condition points them at the
// TypeScript sources so a test run never depends on a stale build.
const resolve = { conditions: ['@layerkit/source'] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'tmp/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
