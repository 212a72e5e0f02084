import { generateActivationsApi } from './activations-api.js';
import { finish } from './write.js';

generateActivationsApi();
finish();
