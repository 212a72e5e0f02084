// The main entry as Node resolves it (the "node" export condition): everything the main entry
// has, with the wasm kernels registered up front (register.node.ts).
import './register.node.js';

export * from './index.js';
