// Conformance suite generated from the registry: every example's sample against its float64
// check, a save -> load round trip through a tfjs model, and every bad-input case.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { catalog } from '@layerkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIALIZERS } from '@layerkit/initializers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  return tfl.loadLayersModel(tf.io.fromMemory(saved!));
}

describe.each(INITIALIZERS.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
  it('is in the layerkit catalog', () => {
    expect(catalog().some((item) => item.id === entry.id && item.package === 'initializers')).toBe(true);
  });

  it.each(entry.examples.map((example) => [example.label, example] as const))('sample: %s', (_label, example) => {
    const before = tf.memory().numTensors;
    const tensor = example.create().apply([...example.shape], 'float32');
    expect(tensor.shape).toEqual([...example.shape]);
    const values = Float64Array.from(tensor.dataSync());
    tensor.dispose();
    expect(example.check(values, example.shape)).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each(entry.examples.map((example) => [example.label, example] as const))('saves and loads inside a model: %s', async (_label, example) => {
    const initializer = example.create();
    const shape = example.shape;
    let layer: tfl.layers.Layer;
    let inputShape: number[];
    if (example.dense === false && shape.length >= 3) {
      // Conv kernels [...spatial, in, out]: a conv layer of the same kernel size and channels.
      const spatial = shape.slice(0, -2);
      const channels = shape[shape.length - 2]!;
      const filters = shape[shape.length - 1]!;
      inputShape = [...spatial.map(() => 6), channels];
      const args = { filters, kernelSize: spatial, padding: 'same' as const, kernelInitializer: initializer, inputShape };
      layer = spatial.length === 1 ? tfl.layers.conv1d(args) : spatial.length === 2 ? tfl.layers.conv2d(args) : tfl.layers.conv3d(args);
    } else {
      const units = shape.length === 1 ? 8 : Math.min(shape[shape.length - 1]!, 16);
      inputShape = [shape.length === 1 ? 4 : Math.min(shape[0]!, 16)];
      // A small Dense layer with the same initializer; the bias slot exercises 1-D shapes.
      layer = tfl.layers.dense({ units, inputShape, kernelInitializer: initializer, biasInitializer: shape.length === 1 ? initializer : 'zeros' });
    }
    const model = tfl.sequential({ layers: [layer] });
    const loaded = await roundTrip(model);
    const original = model.layers[0]!.getConfig();
    const restored = loaded.layers[0]!.getConfig();
    expect(restored.kernelInitializer).toEqual(original.kernelInitializer);
    expect((restored.kernelInitializer as { className: string }).className).toContain(initializer.getClassName());
    const [kernel] = model.getWeights();
    const [loadedKernel] = loaded.getWeights();
    expect(Array.from(loadedKernel!.dataSync())).toEqual(Array.from(kernel!.dataSync()));
    model.dispose();
    loaded.dispose();
  });

  it.each(entry.badInputs.map((bad) => [bad.label, bad] as const))('rejects bad input: %s', (_label, bad) => {
    expect(bad.run).toThrow(bad.message);
  });
});
