import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS } from '../vitest.config.js';

// `npx vitest run --config benchmarks/gpu-norms.config.ts`: every fused norm variant against the
// tfjs composites on webgl and webgpu, in the headless Chromium the browser tests use (about
// two minutes). Not a test: it prints a table. LAYERKIT_NORMS_BACKENDS=webgpu limits the backends.
export default defineConfig({
  resolve: { conditions: ['@layerkit/source', 'module', 'browser', 'development|production'] },
  define: { LAYERKIT_NORMS_BACKENDS: JSON.stringify(process.env.LAYERKIT_NORMS_BACKENDS ?? 'webgl,webgpu') },
  test: {
    include: ['benchmarks/gpu-norms.bench-page.ts'],
    testTimeout: 600_000,
    browser: {
      enabled: true,
      provider: 'playwright',
      headless: true,
      instances: [{ browser: 'chromium', launch: { executablePath: process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS } }],
    },
  },
});
