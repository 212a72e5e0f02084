import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Tests import @layerkit/* by name; the '@layerkit/source' export condition points them at the
// TypeScript sources so a test run never depends on a stale build.
// Vite 6 replaces its default conditions with the ones given here, so they are listed too,
// and server-side (node) modules resolve through `ssr.resolve`.
const resolve = { conditions: ['@layerkit/source', 'module', 'node', 'development|production'] };
const ssr = { resolve: { conditions: resolve.conditions, externalConditions: ['@layerkit/source'] } };

// webgl and webgpu tests run in headless Chromium: Debian's package, never one Playwright
// downloads (installs here are offline). These flags give WebGL2 with float colour buffers
// and a WebGPU adapter on SwiftShader, the software renderer (see shared/DESIGN.md).
const CHROMIUM = process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu',
  '--enable-features=Vulkan', '--use-webgpu-adapter=swiftshader',
];
const browserResolve = { conditions: ['@layerkit/source', 'module', 'browser', 'development|production'] };

// Without Chromium the browser project is one failing check that says how to install it,
// rather than a launch that errors obscurely or hangs.
const browserProject: TestProjectInlineConfiguration = existsSync(CHROMIUM)
  ? {
    resolve: browserResolve,
    test: {
      name: 'browser',
      include: ['packages/*/src/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'],
      exclude: ['**/node_modules/**'],
      testTimeout: 300_000,
      hookTimeout: 300_000,
      browser: {
        enabled: true,
        provider: 'playwright',
        headless: true,
        screenshotFailures: false,
        instances: [{ browser: 'chromium', launch: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }],
      },
    },
  }
  : {
    test: {
      name: 'browser',
      include: ['tests/browser/chromium-missing.check.ts'],
      env: { LAYERKIT_CHROMIUM: CHROMIUM },
    },
  };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      browserProject,
    ],
  },
});
