import '@tensorflow/tfjs-backend-webgl';
import '@layerkit/activations';
import { gpuBackendSuite } from '../../../../tests/browser/gpu-backend-suite.js';

gpuBackendSuite('webgl', {
  // The specs' own tolerances hold on WebGL2 with float32 textures (checked in the suite).
  toleranceFactor: 1,
});
