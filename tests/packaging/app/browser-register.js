// What an app pays to register everything (every layer class and activation string, for
// tf.loadLayersModel of models whose layerkit layers it does not reference itself).
import '@layerkit/activations/register';
import '@layerkit/norms/register';

export const run = () => 0;
