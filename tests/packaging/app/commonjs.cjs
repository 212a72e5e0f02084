// CommonJS. The layerkit packages are ESM only ("type": "module"); the documented way from
// CommonJS is a dynamic import(). Node 20.19+ and 22.12+ also load them with require(), which
// is checked too, and must give the same modules.
const tf = require('@tensorflow/tfjs');

(async () => {
  const imported = await import('@layerkit/activations');
  const value = imported.gelu(tf.tensor1d([-1, 0, 1]), { approximate: 'tanh' }).dataSync();
  if (Math.abs(value[2] - 0.8411920070648193) > 1e-6) throw new Error(`commonjs: gelu(1) gave ${value[2]}`);
  const required = require('@layerkit/activations');
  if (required.gelu !== imported.gelu) throw new Error('commonjs: require() and import() gave different module instances');
  const { RMSNorm } = require('@layerkit/norms');
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 4, inputShape: [2] }), new RMSNorm(), new required.Swish()] });
  console.log(`commonjs: import() and require() load the ESM packages (Node ${process.versions.node}); model of ${model.layers.length} layers built`);
})().catch((error) => { console.error(error); process.exit(1); });
