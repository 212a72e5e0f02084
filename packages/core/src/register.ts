// @layerkit/core registers no kernels of its own: each package's register module does.
export {};
