import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from '../vitest.config.js';

// `npx vitest run --config benchmarks/browser-quick.config.ts`: fused vs composite timings on
// webgl and webgpu in the same headless Chromium the browser tests use. Not a test: it prints.
export default defineConfig({
  resolve: { conditions: ['@layerkit/source', 'module', 'browser', 'development|production'] },
  test: {
    include: ['benchmarks/browser-quick.bench-page.ts'],
    testTimeout: 600_000,
    browser: {
      enabled: true,
      provider: 'playwright',
      headless: true,
      instances: [{ browser: 'chromium', launch: { executablePath: process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS } }],
    },
  },
});
