import { generateActivationsApi } from './activations-api.js';
import { finish } from './write.js';

generateActivationsApi();
await (await import('./wasm.js')).generateWasmModules();
finish();
