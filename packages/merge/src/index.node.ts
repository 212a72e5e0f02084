// The main entry as Node resolves it (the "node" export condition): everything the main entry
// has, plus the Node-only API of @layerkit/merge/node, so Node code importing directoryHandler or
// mergeModelDirectories from '@layerkit/merge' keeps working.
export * from './index.js';
export * from './node/index.js';
// Both entries have a parseConfig: Node's resolves relative model paths, as it always has here.
export { parseConfig } from './node/config.js';
