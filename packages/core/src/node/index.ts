// @layerkit/core/node: what only Node has. Importing it lets model.save('file://…') and
// tf.loadLayersModel('file://…') work in plain Node (without tfjs-node).
import { registerFileRouter } from './file-system.js';

export { fileSystem, registerFileRouter } from './file-system.js';

registerFileRouter();
