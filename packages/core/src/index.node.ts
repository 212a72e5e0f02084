// The main entry as Node resolves it (the "node" export condition): everything the main entry
// has, plus the file:// model handler, so README examples that save to files run in plain Node.
export * from './index.js';
export * from './node/index.js';
