// The benchmark page: the same cases as the Node runner, on webgl and webgpu. run-browser.mjs
// serves it with vite, opens it in headless Chromium and calls window.runBench(options).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { benchCases, captureStockActivations, runCases, runTraining } from '../lib/cases.mjs';
import { selectCases } from '../lib/options.mjs';

const logElement = document.getElementById('log');
const log = (line) => {
  console.log(line);
  logElement.textContent += `\n${line}`;
};

// tfjs's own activation classes, captured before layerkit replaces 'gelu', 'mish', 'swish' …
const stock = captureStockActivations(tf);

async function load(name, importer) {
  try {
    return await importer();
  } catch (error) {
    log(`bench: skipping ${name} (${String(error?.message ?? error).split('\n')[0]})`);
    return null;
  }
}

function describeDevice(backend) {
  try {
    if (backend === 'webgl') {
      const gl = tf.backend().gpgpu.gl;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return `${gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)}; float32 textures ${tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')}`;
    }
    if (backend === 'webgpu') {
      const adapter = tf.backend().adapterInfo;
      return adapter ? `${adapter.vendor ?? ''} ${adapter.architecture ?? ''} ${adapter.description ?? ''}`.trim() || 'WebGPU adapter' : 'WebGPU adapter';
    }
  } catch (error) {
    return `unknown (${error.message})`;
  }
  return backend;
}

window.runBench = async (options) => {
  const core = await import('@layerkit/core');
  const activations = await load('@layerkit/activations', () => import('@layerkit/activations'));
  const norms = await load('@layerkit/norms', () => import('@layerkit/norms'));
  const cases = selectCases(benchCases({ tf, tfl, core, activations, norms, stock }), options.ops);
  const rows = [];
  const training = [];
  const devices = {};
  const skipped = {};
  for (const backend of options.backends) {
    let ready = false;
    try {
      ready = await tf.setBackend(backend);
      await tf.ready();
    } catch (error) {
      skipped[backend] = String(error?.message ?? error);
    }
    if (!ready || tf.getBackend() !== backend) {
      skipped[backend] ??= `tf.setBackend('${backend}') failed in this browser`;
      log(`== ${backend}: skipped (${skipped[backend]})`);
      continue;
    }
    devices[backend] = describeDevice(backend);
    const fused = core.catalog().filter((entry) => entry.backends[backend] === 'fused').length;
    log(`== ${backend} (${devices[backend]}): ${fused} catalog entries fused here`);
    rows.push(...await runCases({ tf, core, cases, backend, sizes: options.sizes, samples: options.samples, minSampleMs: options.minSampleMs, backward: options.backward, log }));
    if (options.training && activations && norms) {
      training.push(...await runTraining({ tf, tfl, core, activations, norms, stock, backend, steps: options.steps, log }));
    }
  }
  return { rows, training, devices, skipped, userAgent: navigator.userAgent, tfjs: tf.version_core };
};

logElement.textContent = 'ready';
window.benchReady = true;
