// Editing this file changes pnpm-lock.yaml's pnpmfileChecksum: run `pnpm install` afterwards.
// What `pnpm pack` and `pnpm publish` ship differs from the workspace manifest only in what
// points at files a tarball does not hold: the '@layerkit/source' export condition (TypeScript
// sources, for tests and tools inside this repository), src/ entries of sideEffects, and scripts.
function withoutSource(value) {
  if (Array.isArray(value)) return value.map(withoutSource);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '@layerkit/source').map(([key, inner]) => [key, withoutSource(inner)]));
  }
  return value;
}

module.exports = {
  hooks: {
    beforePacking(manifest) {
      if (!manifest.name?.startsWith('@layerkit/')) return manifest;
      manifest.exports = withoutSource(manifest.exports);
      if (Array.isArray(manifest.sideEffects)) manifest.sideEffects = manifest.sideEffects.filter((path) => !path.startsWith('./src/'));
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
