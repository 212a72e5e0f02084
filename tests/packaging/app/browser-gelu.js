// Tree-shaking probe: one op imported by name.
import * as tf from '@tensorflow/tfjs-core';
import { gelu } from '@layerkit/activations';

export const run = () => gelu(tf.ones([4])).data();
