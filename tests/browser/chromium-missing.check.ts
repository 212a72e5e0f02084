import { test } from 'vitest';

// Run by the browser project only when vitest.config.ts finds no Chromium binary.
test('browser tests need Chromium', () => {
  throw new Error(
    `browser tests: expected Chromium at ${process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium'}, found none — `
    + "install Debian's package with `apt-get install -y chromium` (or point LAYERKIT_CHROMIUM at a Chromium binary); "
    + 'Playwright must not download one.',
  );
});
