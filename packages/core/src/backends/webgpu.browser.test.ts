import '@tensorflow/tfjs-backend-webgpu';
import '@layerkit/activations';
import { gpuBackendSuite } from '../../../../tests/browser/gpu-backend-suite.js';

gpuBackendSuite('webgpu', {
  toleranceFactor: 1,
});
