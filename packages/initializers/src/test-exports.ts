// Test-only re-exports (not part of the package index).
export * from './index.js';
export { householderQ as householderQForTests } from './items/orthogonal.js';
