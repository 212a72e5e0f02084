// Strict TypeScript against the installed packages: what the READMEs show, plus the mistakes
// the types must catch.
import * as tf from '@tensorflow/tfjs';
import { activation, gelu, GatedLinearUnit, Gelu, mish, Snake, swiglu, Swish } from '@layerkit/activations';
import { RMSNorm, rmsNorm } from '@layerkit/norms';

const swish: Swish = new Swish({ learn: 'scalar' });
const model = tf.sequential({ layers: [
  tf.layers.dense({ units: 8, inputShape: [4], activation: activation('silu') }),
  tf.layers.dense({ units: 8, activation: 'gelu' }),
  new RMSNorm(), new Gelu({ approximate: 'tanh' }), new Snake(), swish, new GatedLinearUnit({ variant: 'geglu' }),
] });
const y: tf.Tensor = gelu(tf.ones([2, 4]), { approximate: 'tanh' });
const normed: tf.Tensor = rmsNorm(y);

const input = tf.input({ shape: [8] });
const hidden = swiglu(tf.layers.dense({ units: 2 * 16 }).apply(input));
const output = mish(tf.layers.dense({ units: 1 }).apply(hidden)) as tf.SymbolicTensor;
const functional: tf.LayersModel = tf.model({ inputs: input, outputs: output });

// @ts-expect-error Gelu has no trainable params, so no `learn`
new Gelu({ learn: 'scalar' });
// @ts-expect-error not a variant of GatedLinearUnit
new GatedLinearUnit({ variant: 'swigloo' });
// @ts-expect-error misspelt option
new Swish({ betta: 2 });
// @ts-expect-error tfjs-layers' activation union is closed: layerkit names go through activation()
tf.layers.dense({ units: 8, activation: 'silu' });

export { functional, model, normed };
